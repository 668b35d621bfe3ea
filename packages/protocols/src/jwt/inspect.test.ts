import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspectToken } from './inspect.js';

describe('inspectToken', () => {
  it('lays out header, claims and dates, and lists problems against the app', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const iat = Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000);
    const jwt = await new SignJWT({ nonce: 'abc' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer('https://other.example.com')
      .setSubject('u1')
      .setAudience('wrong-client')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 300)
      .sign(privateKey);
    const report = inspectToken(jwt, {
      issuer: 'https://idp.example.com',
      clientId: 'client-1',
      nonce: 'xyz',
      now: new Date('2026-01-01T01:00:00Z'),
    });
    expect(report.header?.kid).toBe('k');
    expect(report.claims?.sub).toBe('u1');
    expect(report.times.expiresAt?.toISOString()).toBe('2026-01-01T00:05:00.000Z');
    expect(report.problems.map((p) => p.code).sort()).toEqual(
      ['audience_mismatch', 'expired', 'nonce_mismatch', 'unexpected_issuer'].sort(),
    );
  });

  it('flags unsigned and symmetric tokens and garbage', () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = b64({ sub: 'u', exp: 4102444800 });
    expect(inspectToken(`${b64({ alg: 'none' })}.${claims}.`).problems.map((p) => p.code)).toEqual(['alg_none']);
    expect(inspectToken(`${b64({ alg: 'HS256' })}.${claims}.sig`).problems.map((p) => p.code)).toEqual([
      'alg_symmetric',
    ]);
    expect(inspectToken('garbage').problems.map((p) => p.code)).toEqual(['malformed']);
  });
});
