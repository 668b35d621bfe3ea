import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CompactSign, errors, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from './verify.js';

// Each check of verifyIdToken by its stable code, claim and message, on tokens signed here with real keys.
const issuer = 'https://idp.example.com';
const clientId = 'client-123';
const NOW = 1_900_000_000;
const at = (seconds: number) => new Date(seconds * 1000);

let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
let jwk: JWK;
beforeAll(async () => {
  rsa = await generateKeyPair('RS256');
  jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
});

/** A token issued at `NOW` for five minutes, with `claims` merged over the usual ones. */
function token(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) {
  return new SignJWT({ iss: issuer, sub: 'user-1', aud: clientId, iat: NOW, exp: NOW + 300, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', ...header })
    .sign(rsa.privateKey);
}

const verify = (jwt: string, options: Record<string, unknown> = {}) =>
  verifyIdToken(jwt, { issuer, clientId, jwks: { keys: [jwk] }, currentDate: at(NOW + 10), ...options });

/** `code:claim message`, or `accepted`. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { code?: string; claim?: string; message: string }) =>
      `${error.code}${error.claim ? `:${error.claim}` : ''} ${error.message}`,
  );

/** The error's `cause`, which keeps jose's own error for callers that log it. */
const causeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: Error) => error.cause,
  );

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('verifyIdToken: algorithms', () => {
  it('refuses a symmetric algorithm in the options before reading the token', async () => {
    await expect(verify(await token(), { algorithms: ['HS256'] })).rejects.toThrow(
      new TypeError('algorithms: HS256 is not an asymmetric JWS algorithm'),
    );
  });

  it('names the header alg and the allowed ones when it refuses', async () => {
    const unsigned = `${b64({ alg: 'none' })}.${b64({ iss: issuer })}.`;
    expect(await outcome(verify(unsigned))).toBe('ERR_TOKEN_ALG_NOT_ALLOWED alg none is not allowed (allowed: RS256)');
    const noAlg = `${b64({ kid: 'k1' })}.${b64({ iss: issuer })}.sig`;
    expect(await outcome(verify(noAlg, { algorithms: ['RS256', 'ES256'] }))).toBe(
      'ERR_TOKEN_ALG_NOT_ALLOWED alg undefined is not allowed (allowed: RS256, ES256)',
    );
  });

  it('accepts an allowed algorithm other than the default', async () => {
    expect(await outcome(verify(await token(), { algorithms: ['ES256', 'RS256'] }))).toBe('accepted');
  });

  it('calls a token that is not a compact JWS malformed, keeping the cause', async () => {
    const error = await verify('not-a-jwt').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ERR_TOKEN_MALFORMED', message: 'token is not a compact JWS' });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('calls a signed token whose payload is no claims object malformed', async () => {
    const notClaims = await new CompactSign(new TextEncoder().encode('not json'))
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(rsa.privateKey);
    expect(await outcome(verify(notClaims))).toBe('ERR_TOKEN_MALFORMED token is malformed');
    expect(await causeOf(verify(notClaims))).toBeInstanceOf(errors.JWTInvalid);
  });
});

describe('verifyIdToken: claims', () => {
  it('accepts a token within its lifetime', async () => {
    expect(await outcome(verify(await token()))).toBe('accepted');
  });

  it('refuses another issuer or audience, and a token without sub', async () => {
    expect(await outcome(verify(await token({ iss: 'https://evil.example' })))).toMatch(/^ERR_TOKEN_CLAIM:iss iss /);
    expect(await outcome(verify(await token({ aud: 'someone-else' })))).toMatch(/^ERR_TOKEN_CLAIM:aud aud /);
    expect(await outcome(verify(await token({ sub: undefined })))).toMatch(/^ERR_TOKEN_CLAIM:sub sub /);
  });

  it('allows 5 s of clock skew on exp by default, and the skew given', async () => {
    const expired = await token({ exp: NOW + 300 });
    expect(await outcome(verify(expired, { currentDate: at(NOW + 304) }))).toBe('accepted');
    expect(await outcome(verify(expired, { currentDate: at(NOW + 306) }))).toBe(
      'ERR_TOKEN_EXPIRED:exp token has expired (exp)',
    );
    expect(await outcome(verify(expired, { currentDate: at(NOW + 302), clockTolerance: 0 }))).toBe(
      'ERR_TOKEN_EXPIRED:exp token has expired (exp)',
    );
  });

  it('checks against the current time when no date is given', async () => {
    const now = Math.floor(Date.now() / 1000);
    const current = await token({ iat: now, exp: now + 300 });
    expect(await outcome(verify(current, { currentDate: undefined }))).toBe('accepted');
    // NOW is years ahead of the real clock.
    expect(await outcome(verify(await token(), { currentDate: undefined }))).toBe(
      'ERR_TOKEN_CLAIM:iat iat is in the future',
    );
  });

  it('refuses an iat beyond the skew into the future, and accepts one within it', async () => {
    expect(await outcome(verify(await token({ iat: NOW + 15, exp: NOW + 300 })))).toBe('accepted');
    expect(await outcome(verify(await token({ iat: NOW + 16, exp: NOW + 300 })))).toBe(
      'ERR_TOKEN_CLAIM:iat iat is in the future',
    );
  });

  it('applies maxAge to auth_time (OIDC max_age), only when given', async () => {
    // A fresh token for a sign-in two minutes old: iat says nothing about when the user signed in.
    const old = await token({ auth_time: NOW - 120 });
    expect(await outcome(verify(old))).toBe('accepted');
    expect(await outcome(verify(old, { maxAge: 60 }))).toBe(
      'ERR_TOKEN_EXPIRED:auth_time the user signed in more than maxAge (60 s) ago (auth_time): ask them to sign in again',
    );
    // NOW + 10 is the check time; 5 s of clock tolerance.
    expect(await outcome(verify(old, { maxAge: 125 }))).toBe('accepted');
    expect(await outcome(verify(old, { maxAge: 124 }))).toMatch(/^ERR_TOKEN_EXPIRED:auth_time /);
    expect(await outcome(verify(await token(), { maxAge: 600 }))).toBe(
      'ERR_TOKEN_CLAIM:auth_time auth_time is required when maxAge is given',
    );
    await expect(verify(old, { maxAge: Number.NaN })).rejects.toThrow(TypeError);
  });

  it('takes any finite maxAge from 0 seconds up, and refuses others as a caller error naming the value', async () => {
    const old = await token({ auth_time: NOW - 120 });
    // 0 is a valid max_age (OIDC: sign in again every time): the sign-in is then too old, not the option wrong.
    expect(await outcome(verify(old, { maxAge: 0 }))).toMatch(/^ERR_TOKEN_EXPIRED:auth_time /);
    for (const maxAge of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      const refusal = verify(old, { maxAge });
      await expect(refusal).rejects.toThrow(TypeError);
      await expect(refusal).rejects.toThrow(`maxAge: ${String(maxAge)} is not a number of seconds`);
    }
  });

  it('requires azp to be the client when present, or when aud has several values', async () => {
    expect(await outcome(verify(await token({ azp: 'other' })))).toBe(
      'ERR_TOKEN_CLAIM:azp azp must equal the client id',
    );
    expect(await outcome(verify(await token({ aud: [clientId, 'api'] })))).toBe(
      'ERR_TOKEN_CLAIM:azp azp must equal the client id',
    );
    expect(await outcome(verify(await token({ aud: [clientId], azp: clientId })))).toBe('accepted');
    expect(await outcome(verify(await token({ aud: [clientId] })))).toBe('accepted');
  });

  it('requires the nonce only when one was sent', async () => {
    expect(await outcome(verify(await token({ nonce: 'n-1' }), { nonce: 'n-1' }))).toBe('accepted');
    expect(await outcome(verify(await token(), { nonce: 'n-1' }))).toBe(
      'ERR_TOKEN_CLAIM:nonce nonce does not match the one sent',
    );
    expect(await outcome(verify(await token({ nonce: 'n-1' })))).toBe('accepted');
  });
});

describe('verifyIdToken: keys and signatures', () => {
  it('needs jwks or jwksUri', async () => {
    await expect(verify(await token(), { jwks: undefined })).rejects.toThrow(
      new TypeError('verifyIdToken needs jwks or jwksUri'),
    );
  });

  it('takes a key getter as jwks', async () => {
    expect(await outcome(verify(await token(), { jwks: async () => rsa.publicKey }))).toBe('accepted');
  });

  it('refuses a forged signature and a key it does not have', async () => {
    const [header, payload] = (await token()).split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
    expect(await outcome(verify(forged))).toBe('ERR_TOKEN_SIGNATURE signature does not verify');
    expect(await causeOf(verify(forged))).toBeInstanceOf(errors.JWSSignatureVerificationFailed);
    const unknownKid = await token({}, { kid: 'k2' });
    expect(await outcome(verify(unknownKid))).toBe('ERR_TOKEN_KEY_NOT_FOUND no single matching key in the JWKS');
    expect(await causeOf(verify(unknownKid))).toBeInstanceOf(errors.JWKSNoMatchingKey);
  });

  it('refuses a key of the wrong type for the algorithm', async () => {
    const ec = await generateKeyPair('ES256');
    const wrongKey = { jwks: async () => ec.publicKey };
    expect(await outcome(verify(await token(), wrongKey))).toBe(
      'ERR_TOKEN_SIGNATURE key does not fit the token algorithm',
    );
    expect(await causeOf(verify(await token(), wrongKey))).toBeInstanceOf(TypeError);
  });

  it('refuses when the key getter fails for another reason', async () => {
    // Not a TypeError, though its message names a key: only a key-type mismatch reads as one.
    const down = new Error('key server down');
    const failing = async () => {
      throw down;
    };
    expect(await outcome(verify(await token(), { jwks: failing }))).toBe(
      'ERR_TOKEN_SIGNATURE token could not be verified',
    );
    expect(await causeOf(verify(await token(), { jwks: failing }))).toBe(down);
  });
});

describe('verifyIdToken: remote key sets', () => {
  const servers: ReturnType<typeof createServer>[] = [];
  afterEach(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });
  async function publish(keys: JWK[]): Promise<string> {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  }

  it('keeps one cached key set per JWKS URL, so one provider never vouches for another', async () => {
    // Two providers using the same kid for different keys.
    const other = await generateKeyPair('RS256');
    const otherJwk = { ...(await exportJWK(other.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const [ours, theirs] = await Promise.all([publish([jwk]), publish([otherJwk])]);
    const theirToken = await new SignJWT({ iss: issuer, sub: 'user-1', aud: clientId, iat: NOW, exp: NOW + 300 })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(other.privateKey);
    expect(await outcome(verify(await token(), { jwks: undefined, jwksUri: ours }))).toBe('accepted');
    expect(await outcome(verify(theirToken, { jwks: undefined, jwksUri: theirs }))).toBe('accepted');
    expect(await outcome(verify(theirToken, { jwks: undefined, jwksUri: ours }))).toBe(
      'ERR_TOKEN_SIGNATURE signature does not verify',
    );
    // A second RSA key and two servers: more than the default 5 s on a loaded machine.
  }, 20_000);
});
