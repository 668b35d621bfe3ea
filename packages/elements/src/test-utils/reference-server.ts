import { createClient, type IntegrakitClient } from '@integrakit/core/client';
import { afterAll, beforeAll } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startReferenceServer: () => Promise<{ url: string }>;
    referenceRequest: (input: {
      method: string;
      url: string;
      body: string;
      accept: string;
      ifMatch?: string;
    }) => Promise<{ status: number; contentType: string; body: string; etag: string; link: string }>;
    referenceFingerprints: (input: { url: string; appId: string }) => Promise<{ sha1: string; sha256: string }>;
    referenceMetadataValidity: (input: {
      url: string;
      appId: string;
    }) => Promise<{ valid: boolean; errors: string[]; certificates: string[] }>;
    stopReferenceServer: (input: { url: string }) => Promise<void>;
  }
}

/** `fetch` to the reference server through the test commands, which add the API token in node. */
export const referenceFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const answer = await commands.referenceRequest({
    method: request.method,
    url: request.url,
    body: request.method === 'GET' ? '' : await request.text(),
    accept: request.headers.get('accept') ?? 'application/json',
    ifMatch: request.headers.get('if-match') ?? '',
  });
  const empty = answer.status === 204 || answer.status === 304;
  const headers = new Headers({ 'content-type': answer.contentType });
  if (answer.etag !== '') headers.set('etag', answer.etag);
  if (answer.link !== '') headers.set('link', answer.link);
  return new Response(empty ? null : answer.body, { status: answer.status, headers });
};

/** Core's real client for a started reference server; its requests reach the server through node. */
export const referenceClient = (url: string): IntegrakitClient =>
  createClient({ orgUrl: url, session: true, maxRetries: 0, timeout: 20_000, fetch: referenceFetch });

/** A metadata fetcher for the setup instructions, through the same path. */
export const referenceMetadata = async (href: string): Promise<string> => {
  const response = await referenceFetch(href, { headers: { accept: 'application/xml' } });
  if (!response.ok) throw new Error(`metadata: HTTP ${response.status}`);
  return response.text();
};

/** A short random suffix, so tests sharing a server never collide on names or logins. */
export const unique = () => crypto.randomUUID().slice(0, 8);

/**
 * A reference server of this test file's own: started before its tests, stopped after them (files
 * may run at the same time, so none stops another's). Read `url` inside tests and hooks.
 */
export function referenceServerForThisFile(): { readonly url: string } {
  let url: string | undefined;
  beforeAll(async () => {
    ({ url } = await commands.startReferenceServer());
  }, 90_000);
  afterAll(async () => {
    if (url !== undefined) await commands.stopReferenceServer({ url });
  });
  return {
    get url() {
      if (url === undefined) throw new Error('the reference server has not started');
      return url;
    },
  };
}
