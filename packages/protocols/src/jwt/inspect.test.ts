import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspectToken, MAX_INSPECTED_TOKEN_LENGTH } from './inspect.js';

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

  describe('hostile headers and claims', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = (header: unknown, claims: unknown = { sub: 'u', exp: 4102444800 }) =>
      `${b64(header)}.${b64(claims)}.sig`;
    const codes = (jwt: string) => inspectToken(jwt).problems.map((p) => p.code);

    it.each([
      [42, 'alg is number 42, not a string'],
      [null, 'alg is null, not a string'],
      [{ name: 'RS256' }, 'alg is an object, not a string'],
      [['RS256'], 'alg is an array, not a string'],
    ])('reports alg %j as alg_invalid instead of throwing', (alg, message) => {
      expect(inspectToken(token({ alg })).problems).toEqual([{ code: 'alg_invalid', message }]);
    });

    it.each(['none', 'NONE', 'None', 'nOnE'])('flags alg %s as unsigned', (alg) => {
      expect(inspectToken(token({ alg })).problems).toEqual([
        { code: 'alg_none', message: `token is unsigned (alg ${alg})` },
      ]);
    });

    it('reports times no date can hold, or that are not numbers, instead of Invalid Date', () => {
      const report = inspectToken(token({ alg: 'RS256' }, { sub: 'u', exp: 1e20, iat: '2026-01-01', nbf: null }));
      expect(report.times).toEqual({});
      expect(report.problems).toEqual([
        { code: 'invalid_time', message: 'iat is string "2026-01-01", not a NumericDate that a date can hold' },
        { code: 'invalid_time', message: 'nbf is null, not a NumericDate that a date can hold' },
        {
          code: 'invalid_time',
          message: 'exp is number 100000000000000000000, not a NumericDate that a date can hold',
        },
      ]);
    });

    it('does not decode a token past the size limit', () => {
      const huge = token({ alg: 'RS256' }, { sub: 'u', exp: 4102444800, pad: 'x'.repeat(MAX_INSPECTED_TOKEN_LENGTH) });
      expect(codes(huge)).toEqual(['too_large']);
      expect(inspectToken(huge).claims).toBeUndefined();
    });
  });
});
