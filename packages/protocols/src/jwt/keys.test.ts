import { createLocalJWKSet, exportJWK, type JSONWebKeySet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { publicJwksSchema } from './jwk.schema.js';
import { generateClientKeyPair, signClientAssertion } from './keys.js';

describe('client key tools', () => {
  it.each(['RS256', 'ES256'] as const)(
    '%s: a public JWKS that passes our key rules, and a verifiable assertion',
    async (alg) => {
      const pair = await generateClientKeyPair({ alg });
      expect(publicJwksSchema.safeParse(pair.jwks).success).toBe(true);
      expect(Object.keys(pair.publicJwk)).not.toContain('d');
      const assertion = await signClientAssertion({
        clientId: 'svc-client',
        audience: 'https://org.example.com/oauth2/v1/token',
        privateKey: pair.privateKey,
        kid: pair.kid,
        alg,
      });
      const { payload, protectedHeader } = await jwtVerify(assertion, createLocalJWKSet(pair.jwks as JSONWebKeySet), {
        issuer: 'svc-client',
        subject: 'svc-client',
        audience: 'https://org.example.com/oauth2/v1/token',
      });
      expect(protectedHeader).toMatchObject({ alg, kid: pair.kid });
      expect(typeof payload.jti).toBe('string');
      expect((payload.exp as number) - (payload.iat as number)).toBe(300);
    },
  );

  it('keeps private keys non-extractable unless asked, and signs with a private JWK', async () => {
    const locked = await generateClientKeyPair({ alg: 'ES256' });
    await expect(exportJWK(locked.privateKey)).rejects.toThrow('non-extractable CryptoKey cannot be exported as a JWK');
    const open = await generateClientKeyPair({ alg: 'ES256', extractable: true });
    const privateJwk = await exportJWK(open.privateKey);
    const assertion = await signClientAssertion({ clientId: 'c', audience: 'a', privateKey: privateJwk, alg: 'ES256' });
    const { payload } = await jwtVerify(assertion, createLocalJWKSet(open.jwks as JSONWebKeySet));
    expect(payload).toMatchObject({ iss: 'c', sub: 'c', aud: 'a' });
  });

  it('refuses assertion lifetimes Okta refuses', async () => {
    const pair = await generateClientKeyPair({ alg: 'ES256' });
    await expect(
      signClientAssertion({
        clientId: 'c',
        audience: 'a',
        privateKey: pair.privateKey,
        alg: 'ES256',
        expiresInSeconds: 7200,
      }),
    ).rejects.toMatchObject({
      code: 'ERR_CONFIG_VALIDATION',
      issues: [{ path: ['expiresInSeconds'], message: 'must be within 1–3600' }],
    });
  });
});
