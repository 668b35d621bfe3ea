import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from './verify.js';

const issuer = 'https://idp.example.com';
const clientId = 'client-123';
type Pair = Awaited<ReturnType<typeof generateKeyPair>> & { jwk: JWK };
const pair = async (kid: string): Promise<Pair> => {
  const keys = await generateKeyPair('RS256');
  return { ...keys, jwk: { ...(await exportJWK(keys.publicKey)), kid, alg: 'RS256', use: 'sig' } };
};

let first: Pair;
let second: Pair;
let published: JWK[] = [];
let fetches = 0;
const server = createServer((_req, res) => {
  fetches++;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ keys: published }));
});
let jwksUri = '';

beforeAll(async () => {
  [first, second] = await Promise.all([pair('k1'), pair('k2')]);
  published = [first.jwk];
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function token(key: Pair, claims: Record<string, unknown> = {}, lifetime = '5m') {
  return new SignJWT({ nonce: 'n-1', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.jwk.kid as string })
    .setIssuer(issuer)
    .setSubject('user-1')
    .setAudience((claims.aud as string | string[] | undefined) ?? clientId)
    .setIssuedAt(claims.iat as number | undefined)
    .setExpirationTime(lifetime)
    .sign(key.privateKey);
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { code?: string; claim?: string }) => `${error.code}${error.claim ? `:${error.claim}` : ''}`,
  );

describe('verifyIdToken', () => {
  it('checks azp, nonce, nbf, iat and sub', async () => {
    const jwks = { keys: [first.jwk] };
    const opts = { issuer, clientId, jwks };
    expect(await codeOf(verifyIdToken(await token(first), { ...opts, nonce: 'n-1' }))).toBe('accepted');
    expect(await codeOf(verifyIdToken(await token(first, { aud: [clientId, 'api'] }), opts))).toBe(
      'ERR_TOKEN_CLAIM:azp',
    );
    expect(await codeOf(verifyIdToken(await token(first, { aud: [clientId, 'api'], azp: clientId }), opts))).toBe(
      'accepted',
    );
    expect(await codeOf(verifyIdToken(await token(first, { azp: 'other' }), opts))).toBe('ERR_TOKEN_CLAIM:azp');
    expect(await codeOf(verifyIdToken(await token(first), { ...opts, nonce: 'n-2' }))).toBe('ERR_TOKEN_CLAIM:nonce');
    const future = Math.floor(Date.now() / 1000) + 600;
    expect(await codeOf(verifyIdToken(await token(first, { nbf: future }), opts))).toBe('ERR_TOKEN_CLAIM:nbf');
    expect(await codeOf(verifyIdToken(await token(first, { iat: future }), opts))).toBe('ERR_TOKEN_CLAIM:iat');
    expect(await codeOf(verifyIdToken('not.a.jwt', opts))).toBe('ERR_TOKEN_MALFORMED');
  });

  it('refuses an ES256 token when only RS256 is allowed, and unknown keys', async () => {
    const ec = await generateKeyPair('ES256');
    const es = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(issuer)
      .setSubject('u')
      .setAudience(clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(ec.privateKey);
    expect(await codeOf(verifyIdToken(es, { issuer, clientId, jwks: { keys: [first.jwk] } }))).toBe(
      'ERR_TOKEN_ALG_NOT_ALLOWED',
    );
    expect(await codeOf(verifyIdToken(await token(second), { issuer, clientId, jwks: { keys: [first.jwk] } }))).toBe(
      'ERR_TOKEN_KEY_NOT_FOUND',
    );
  });

  it('caches the remote JWKS and refetches it for an unknown kid', async () => {
    const opts = { issuer, clientId, jwksUri, jwksCooldownMs: 0 };
    fetches = 0;
    expect(await codeOf(verifyIdToken(await token(first), opts))).toBe('accepted');
    expect(await codeOf(verifyIdToken(await token(first), opts))).toBe('accepted');
    expect(fetches).toBe(1);
    published = [first.jwk, second.jwk];
    expect(await codeOf(verifyIdToken(await token(second), opts))).toBe('accepted');
    expect(fetches).toBe(2);
    published = [second.jwk];
    const stale = await codeOf(verifyIdToken(await token(second, { sub: 'x' }), opts));
    expect(stale).toBe('accepted');
    expect(fetches).toBe(2);
  });

  it('says which audience and issuer it expected', async () => {
    const jwks = { keys: [first.jwk] };
    await expect(
      verifyIdToken(await token(first, { aud: 'someone-else' }), { issuer, clientId, jwks }),
    ).rejects.toThrow(`aud does not include the expected audience, the client id "${clientId}"`);
    await expect(
      verifyIdToken(await token(first), { issuer: 'https://other.example.com', clientId, jwks }),
    ).rejects.toThrow('iss is not the expected issuer "https://other.example.com"');
  });

  it('reports an exceeded maxAge as a sign-in too long ago (auth_time), not as an expiry', async () => {
    const jwks = { keys: [first.jwk] };
    const signedIn = await token(first, { auth_time: Math.floor(Date.now() / 1000) - 600 }, '1h');
    const old = verifyIdToken(signedIn, { issuer, clientId, jwks, maxAge: 300 });
    await expect(old).rejects.toThrow('the user signed in more than maxAge (300 s) ago (auth_time)');
    expect(await codeOf(verifyIdToken(signedIn, { issuer, clientId, jwks, maxAge: 300 }))).toBe(
      'ERR_TOKEN_EXPIRED:auth_time',
    );
  });

  it('never puts the token in its error messages', async () => {
    const jwt = await token(first, { aud: 'someone-else' });
    const error = await verifyIdToken(jwt, { issuer, clientId, jwks: { keys: [first.jwk] } }).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain(jwt.split('.')[1] as string);
  });
});
