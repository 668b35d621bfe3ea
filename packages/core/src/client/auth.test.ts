import { randomBytes } from 'node:crypto';
import { type ClientKeyPair, generateClientKeyPair, type PublicJwk } from '@integrakit/protocols/jwt';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, renderings, type SeenRequest, sendJson, startLoopback } from './__fixtures__/loopback.js';
import { ApiError, createClient, OAuthTokenError } from './index.js';

// A loopback authorization server that really checks the client assertion against the public JWK
// (RFC 7523 §3: signature, iss = sub = client id, aud = token endpoint, exp, single-use jti).

const CLIENT_ID = '0oaservice123';
const fromB64url = (text: string) => Buffer.from(text, 'base64url');

async function verifyAssertion(jwt: string, jwk: PublicJwk, audience: string, usedJtis: Set<string>) {
  const [header64 = '', payload64 = '', signature64 = ''] = jwt.split('.');
  const header = JSON.parse(fromB64url(header64).toString('utf8')) as Record<string, unknown>;
  if (header.alg !== 'RS256' || header.kid !== jwk.kid) return 'bad header';
  const key = await crypto.subtle.importKey(
    'jwk',
    jwk as JsonWebKey,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const valid = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    key,
    fromB64url(signature64),
    new TextEncoder().encode(`${header64}.${payload64}`),
  );
  if (!valid) return 'bad signature';
  const claims = JSON.parse(fromB64url(payload64).toString('utf8')) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  if (claims.iss !== CLIENT_ID || claims.sub !== CLIENT_ID) return 'bad iss/sub';
  if (claims.aud !== audience) return 'bad aud';
  if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp > now + 3600) return 'bad exp';
  if (typeof claims.jti !== 'string' || usedJtis.has(claims.jti)) return 'replayed jti';
  usedJtis.add(claims.jti);
  return undefined;
}

interface Org {
  server: Loopback;
  issued: string[];
  tokenRequests: () => SeenRequest[];
}

/** An org with a token endpoint trusting `trusted` and one API route that needs an issued token. */
async function startOrg(trusted: PublicJwk, expiresIn: number): Promise<Org> {
  const issued: string[] = [];
  const jtis = new Set<string>();
  const server = await startLoopback(async (request, res) => {
    if (request.url === '/oauth2/v1/token' && request.method === 'POST') {
      const form = new URLSearchParams(request.body);
      if (
        form.get('grant_type') !== 'client_credentials' ||
        form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
        form.get('scope') !== 'okta.apps.read okta.apps.manage'
      ) {
        return sendJson(res, 400, { error: 'invalid_request' });
      }
      const problem = await verifyAssertion(
        form.get('client_assertion') ?? '',
        trusted,
        `${server.url}/oauth2/v1/token`,
        jtis,
      );
      if (problem !== undefined) return sendJson(res, 401, { error: 'invalid_client', error_description: problem });
      const token = randomBytes(24).toString('base64url');
      issued.push(token);
      return sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: 'x' });
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, '');
    if (bearer === undefined || !issued.includes(bearer)) {
      return sendJson(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorCauses: [] });
    }
    if (request.url === '/api/v1/apps/forbidden') {
      return sendJson(res, 403, { errorCode: 'E0000006', errorSummary: 'You do not have permission', errorCauses: [] });
    }
    return sendJson(res, 200, []);
  });
  return { server, issued, tokenRequests: () => server.requests.filter((r) => r.url === '/oauth2/v1/token') };
}

let pair: ClientKeyPair;
let other: ClientKeyPair;
let org: Org | undefined;

beforeAll(async () => {
  [pair, other] = await Promise.all([
    generateClientKeyPair({ alg: 'RS256' }),
    generateClientKeyPair({ alg: 'RS256', extractable: true }),
  ]);
});
afterEach(async () => {
  await org?.server.close();
  org = undefined;
});

const oauthClient = (url: string, privateKey: ClientKeyPair['privateKey'], kid: string) =>
  createClient({
    orgUrl: url,
    oauth: { clientId: CLIENT_ID, privateKey, kid, scopes: ['okta.apps.read', 'okta.apps.manage'] },
  });

describe('OAuth private_key_jwt client credentials', () => {
  it('signs a valid assertion, caches the token and shares one token request among concurrent calls', async () => {
    org = await startOrg(pair.publicJwk, 3600);
    const client = oauthClient(org.server.url, pair.privateKey, pair.kid);
    await Promise.all(Array.from({ length: 5 }, () => client.apps.listPage()));
    for (let i = 0; i < 5; i++) await client.apps.listPage();
    expect(org.tokenRequests()).toHaveLength(1);
    expect(org.issued).toHaveLength(1);
    const apiCalls = org.server.requests.filter((r) => r.url.startsWith('/api/v1/'));
    expect(apiCalls).toHaveLength(10);
    for (const call of apiCalls) expect(call.headers.authorization).toBe(`Bearer ${org.issued[0]}`);
  });

  it('fetches a new token once the cached one is within the renewal margin of expiry', async () => {
    // expires_in 30 s is inside the 30 s margin: every call needs a fresh token (with a fresh jti).
    org = await startOrg(pair.publicJwk, 30);
    const client = oauthClient(org.server.url, pair.privateKey, pair.kid);
    await client.apps.listPage();
    await client.apps.listPage();
    expect(org.tokenRequests()).toHaveLength(2);
    expect(new Set(org.issued).size).toBe(2);
  });

  it('reports a refused assertion as OAuthTokenError without the assertion, key or any token', async () => {
    // The org trusts `pair`; the client signs with `other`.
    org = await startOrg(pair.publicJwk, 3600);
    const client = oauthClient(org.server.url, other.privateKey, pair.kid);
    const error = await client.apps.listPage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthTokenError);
    expect(error).toMatchObject({ status: 401, error: 'invalid_client', code: 'ERR_API' });
    const assertion = new URLSearchParams(org.tokenRequests()[0]?.body).get('client_assertion') ?? '';
    expect(assertion.split('.')).toHaveLength(3);
    const text = renderings(error);
    expect(text).not.toContain(assertion);
    expect(text).not.toContain(assertion.split('.')[2]);
    const privateJwk = await crypto.subtle.exportKey('jwk', other.privateKey);
    expect(text).not.toContain(privateJwk.d);
    expect(org.server.requests.filter((r) => r.url.startsWith('/api/'))).toHaveLength(0);
  });

  it('keeps the access token out of API errors', async () => {
    org = await startOrg(pair.publicJwk, 3600);
    const client = oauthClient(org.server.url, pair.privateKey, pair.kid);
    const error = await client.apps.get('forbidden').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, errorCode: 'E0000006' });
    const token = org.issued[0] ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect(renderings(error)).not.toContain(token);
  });
});
