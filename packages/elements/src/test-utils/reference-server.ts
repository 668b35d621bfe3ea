import { createClient, type IntegrakitClient } from '@integrakit/core/client';
import { commands } from 'vitest/browser';

interface ForwardedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    startReferenceServer: () => Promise<{ url: string }>;
    referenceServerFetch: (request: {
      method: string;
      url: string;
      body?: string | undefined;
    }) => Promise<ForwardedResponse>;
  }
}

/** Every request the page's client made, for tests asserting what was (not) sent. */
export const forwarded: { method: string; url: string }[] = [];

/**
 * Core's real client talking to the real reference server (started once per run on loopback):
 * each request goes through a Vitest command, which adds the API token in node, so the page
 * never holds it and the server needs no CORS.
 */
export async function referenceClient(): Promise<{ client: IntegrakitClient; url: string }> {
  const { url } = await commands.startReferenceServer();
  const client = createClient({
    orgUrl: url,
    session: true,
    maxRetries: 0,
    timeout: 30_000,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      forwarded.push({ method: request.method, url: request.url });
      const answer = await commands.referenceServerFetch({ method: request.method, url: request.url, body });
      return new Response(answer.status === 204 ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      });
    },
  });
  return { client, url };
}

/** A short random suffix, so tests sharing the server never collide on names. */
export const unique = () => Math.random().toString(36).slice(2, 8);
