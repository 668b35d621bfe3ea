import { execFile } from 'node:child_process';
import { randomUUID, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildServer, startChildServer } from '../../../examples/server/src/child-server.js';

interface Started {
  readonly server: ChildServer;
  readonly token: string;
}
const servers = new Set<Started>();

/** Starts the reference server as its own process on a loopback port, with a fresh data dir; returns its URL. */
export async function start(): Promise<{ url: string }> {
  const token = `test-${randomUUID()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-elements-'));
  const server = await startChildServer({ dataDir, apiToken: token, startTimeoutMs: 60_000 });
  servers.add({ server, token });
  return { url: server.url };
}

const owner = (url: string): Started => {
  const found = [...servers].find((started) => url.startsWith(`${started.server.url}/`));
  if (found === undefined) throw new Error('url: not on a server started here');
  return found;
};

/** One API request to a started server with its API token added here, so the token never reaches the page. */
export async function request(input: {
  method: unknown;
  url: unknown;
  body: unknown;
  accept: unknown;
  ifMatch?: unknown;
}): Promise<{
  status: number;
  contentType: string;
  body: string;
  etag: string;
}> {
  const { method, url, body, accept, ifMatch } = input;
  if (typeof method !== 'string' || !/^(GET|POST|PUT|DELETE)$/.test(method)) throw new Error('method: not allowed');
  if (typeof url !== 'string' || typeof accept !== 'string') throw new Error('url, accept: strings');
  const started = owner(url);
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `SSWS ${started.token}`,
      accept,
      ...(typeof ifMatch === 'string' && ifMatch !== '' ? { 'if-match': ifMatch } : {}),
      ...(typeof body === 'string' && body !== '' ? { 'content-type': 'application/json' } : {}),
    },
    ...(typeof body === 'string' && body !== '' ? { body } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
    etag: response.headers.get('etag') ?? '',
  };
}

/** A request as the browser built it, in plain JSON. */
export interface ProxiedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string | null;
}

/**
 * Any request the page's fetch made, to a started server, with its token added here; the whole
 * response comes back (every header, so `Link` paging works).
 */
export async function send(input: ProxiedRequest): Promise<{
  status: number;
  headers: [string, string][];
  body: string;
}> {
  const started = owner(input.url);
  const headers = new Headers(input.headers as [string, string][]);
  headers.set('authorization', `SSWS ${started.token}`);
  const response = await fetch(input.url, {
    method: input.method,
    headers,
    ...(input.body === null ? {} : { body: input.body }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

/** SHA-1 and SHA-256 fingerprints of an app's active signing certificate, as node's X.509 parser gives them. */
export async function fingerprints(input: { url: unknown; appId: unknown }): Promise<{ sha1: string; sha256: string }> {
  const { url, appId } = input;
  if (typeof url !== 'string' || typeof appId !== 'string') throw new Error('url, appId: strings');
  const get = async (path: string) =>
    JSON.parse((await request({ method: 'GET', url: `${url}${path}`, body: '', accept: 'application/json' })).body);
  const app = (await get(`/api/v1/apps/${appId}`)) as { credentials?: { signing?: { kid?: string } } };
  const keys = (await get(`/api/v1/apps/${appId}/credentials/keys`)) as { kid: string; x5c: string[] }[];
  const key = keys.find((item) => item.kid === app.credentials?.signing?.kid);
  if (key?.x5c[0] === undefined) throw new Error('the app has no active signing key');
  const certificate = new X509Certificate(Buffer.from(key.x5c[0], 'base64'));
  return { sha1: certificate.fingerprint, sha256: certificate.fingerprint256 };
}

/** Stops every server started here. */
export async function stopAll(): Promise<void> {
  await Promise.all([...servers].map((started) => started.server.stop()));
  servers.clear();
}

/**
 * An app's IdP metadata from a started server, checked against the SAML metadata XSD by the system
 * `xmllint` (the server tests' validator; its WebAssembly twin does not load under Vite's SSR).
 */
export async function metadataValidity(input: { url: unknown; appId: unknown }): Promise<{
  valid: boolean;
  errors: string[];
  certificates: string[];
}> {
  const { url, appId } = input;
  if (typeof url !== 'string' || typeof appId !== 'string') throw new Error('url, appId: strings');
  const xml = (
    await request({
      method: 'GET',
      url: `${url}/api/v1/apps/${encodeURIComponent(appId)}/sso/saml/metadata`,
      body: '',
      accept: 'application/xml',
    })
  ).body;
  const dir = mkdtempSync(join(tmpdir(), 'ik-metadata-'));
  const file = join(dir, 'metadata.xml');
  writeFileSync(file, xml);
  // The shared reference data, found as the protocols tests find it (their helper imports vitest).
  const configured = process.env.INTEGRAKIT_REFERENCE_DIR ?? '../shared/reference';
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const schema = join(
    isAbsolute(configured) ? configured : resolve(repoRoot, configured),
    'xsd',
    'saml-schema-metadata-2.0.xsd',
  );
  const errors = await new Promise<string[]>((resolve) => {
    execFile('xmllint', ['--nonet', '--noout', '--schema', schema, file], { timeout: 30_000 }, (error, _out, stderr) =>
      resolve(
        error === null
          ? []
          : stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith('fails to validate')),
      ),
    );
  });
  rmSync(dir, { recursive: true, force: true });
  const certificates = [...xml.matchAll(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/g)].map(
    (match) => match[1] ?? '',
  );
  return { valid: errors.length === 0, errors, certificates };
}
