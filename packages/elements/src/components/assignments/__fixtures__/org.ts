import { createClient, type IntegrakitClient, type User } from '@integrakit/core/client';
import { expect } from 'vitest';
import { referenceFetch, unique } from '../../../test-utils/reference-server.js';
import type { IkAssignments } from '../assignments.js';
import '../define.js';

/** A person in the reference server's directory, with a unique login. */
export async function person(client: IntegrakitClient, first: string, last: string): Promise<User> {
  const login = `${first.toLowerCase().replace(/[^a-z]/g, '') || 'p'}.${unique()}@example.com`;
  return client.users.create({ profile: { login, email: login, firstName: first, lastName: last } });
}

/**
 * Core's client for the reference server at `url` that logs each request as it is sent
 * (`send GET /api/v1/apps/…`) and as its answer arrives (`answer …`), in the order they happen.
 */
export function recordingClient(url: string): { client: IntegrakitClient; log: string[] } {
  const log: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const what = `${request.method} ${new URL(request.url).pathname}`;
    log.push(`send ${what}`);
    const response = await referenceFetch(request);
    log.push(`answer ${what}`);
    return response;
  };
  return {
    client: createClient({ orgUrl: url, session: true, maxRetries: 0, timeout: 20_000, fetch: recording }),
    log,
  };
}

/** The requests `log` (from {@link recordingClient}) shows sent, as `GET /api/v1/…`. */
export const sent = (log: readonly string[]) =>
  log.filter((line) => line.startsWith('send ')).map((line) => line.slice('send '.length));

/** A bookmark app (the cheapest kind), with an optional username format. */
export async function bookmarkApp(client: IntegrakitClient, label: string, userNameTemplate?: Record<string, unknown>) {
  return client.apps.create({
    name: 'bookmark',
    label: `${label} ${unique()}`,
    signOnMode: 'BOOKMARK',
    settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
    ...(userNameTemplate === undefined ? {} : { credentials: { userNameTemplate } }),
  });
}

/** Mounts `<ik-assignments>` for `appId` (optionally with a `pageSize`) and waits for its lists. */
export async function mountAssignments(
  client: IntegrakitClient,
  appId: string,
  pageSize?: number,
): Promise<IkAssignments> {
  const element = document.createElement('ik-assignments');
  element.client = client;
  element.appId = appId;
  if (pageSize !== undefined) element.pageSize = pageSize;
  document.body.append(element);
  await expect.poll(() => shadow(element).querySelector('[part="people"]'), { timeout: 30_000 }).not.toBeNull();
  return element;
}

export const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
export const part = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector(selector) as T;

/** Each person row as `name | type | username`. */
export function peopleRows(element: IkAssignments): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part="person"]')].map((row) =>
    [
      row.querySelector('.person-name span')?.textContent?.trim(),
      row.querySelector('[part="person-type"]')?.textContent?.trim(),
      row.querySelector('[part="person-username"]')?.lastChild?.textContent?.trim(),
    ].join(' | '),
  );
}

/** The group rows' names, in priority order. */
export function groupNames(element: IkAssignments): string[] {
  return [...shadow(element).querySelectorAll('.group-name')].map((node) => node.textContent?.trim() ?? '');
}
