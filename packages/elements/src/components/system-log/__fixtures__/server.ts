import { createClient, type IntegrakitClient } from '@integrakit/core/client';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startReferenceServer: () => Promise<{ url: string }>;
    referenceFetch: (request: {
      url: string;
      method: string;
      headers: [string, string][];
      body: string | null;
    }) => Promise<{ status: number; headers: [string, string][]; body: string }>;
    stopReferenceServers: () => Promise<void>;
  }
}

/** A reference server on loopback and core's real client for it, recording every URL it asks for. */
export interface ReferenceServer {
  readonly client: IntegrakitClient;
  readonly requests: URL[];
  /** While true, requests fail as a dropped network would (the server is not reached). */
  offline: boolean;
}

/**
 * Starts the reference server (in the test runner's node process) and returns core's client whose
 * requests travel there through a test command, which adds the API token.
 */
export async function startReference(): Promise<ReferenceServer> {
  const { url } = await commands.startReferenceServer();
  const requests: URL[] = [];
  const reference: { offline: boolean } = { offline: false };
  const client = createClient({
    orgUrl: url,
    session: true,
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(new URL(request.url));
      if (reference.offline) throw new TypeError('Failed to fetch');
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
      const answer = await commands.referenceFetch({
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        body: body === '' ? null : body,
      });
      return new Response(answer.status === 204 ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      });
    },
  });
  return Object.assign(reference, { client, requests });
}

/** A bookmark app (the smallest app the server accepts). */
export const bookmark = (label: string) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
});

/** A clock the test advances: each wait is recorded and passes only on {@link ManualClock.tick}. */
export interface ManualClock {
  readonly waits: number[];
  wait(ms: number, signal?: AbortSignal): Promise<void>;
  /** Lets every pending wait pass. */
  tick(): void;
}

export function manualClock(): ManualClock {
  const waits: number[] = [];
  let pending: (() => void)[] = [];
  return {
    waits,
    wait: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        waits.push(ms);
        pending.push(resolve);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    tick() {
      const due = pending;
      pending = [];
      for (const resolve of due) resolve();
    },
  };
}
