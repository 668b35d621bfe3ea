import { createClient, type IntegrakitClient } from '@integrakit/core/client';
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
    }) => Promise<{ status: number; contentType: string; body: string; etag: string }>;
    referenceFingerprints: (input: { url: string; appId: string }) => Promise<{ sha1: string; sha256: string }>;
    referenceMetadataValidity: (input: {
      url: string;
      appId: string;
    }) => Promise<{ valid: boolean; errors: string[]; certificates: string[] }>;
    stopReferenceServers: () => Promise<void>;
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
  return new Response(empty ? null : answer.body, {
    status: answer.status,
    headers: { 'content-type': answer.contentType, ...(answer.etag === '' ? {} : { etag: answer.etag }) },
  });
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
