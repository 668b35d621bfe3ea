import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from '../jwt/verify.js';
import { signInAs } from './__fixtures__/browser.js';
import { startProvider, type TestProvider } from './__fixtures__/provider.js';
import { toClientMetadata } from './client-metadata.js';
import { define } from './define.js';

const redirectUri = 'http://127.0.0.1:8765/callback';
const web = define({
  label: 'Portal',
  applicationType: 'web',
  clientId: 'portal-web-client',
  clientSecret: 'portal-secret-of-enough-length-0123456789',
  grantTypes: ['authorization_code', 'refresh_token'],
  redirectUris: [redirectUri],
  pkceRequired: true,
});
const spa = define({
  label: 'SPA',
  applicationType: 'browser',
  clientId: 'portal-spa-client',
  grantTypes: ['authorization_code'],
  redirectUris: [redirectUri],
});

let op: TestProvider;
beforeAll(async () => {
  op = await startProvider([toClientMetadata(web), toClientMetadata(spa)]);
});
afterAll(async () => {
  await op?.close();
});

async function codeFlow(config: client.Configuration, clientId: string) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const callback = await signInAs(url, redirectUri, 'alice');
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
  const idToken = tokens.id_token as string;
  const claims = await verifyIdToken(idToken, { issuer: op.issuer, clientId, jwksUri: `${op.issuer}/jwks`, nonce });
  return { claims, tokens };
}

/** The code flow of the confidential web app. */
async function webFlow() {
  const secret = web.clientSecret?.reveal() as string;
  const config = await client.discovery(
    new URL(op.issuer),
    web.clientId as string,
    undefined,
    client.ClientSecretBasic(secret),
    {
      execute: [client.allowInsecureRequests],
    },
  );
  return codeFlow(config, web.clientId as string);
}

describe('authorization code + PKCE against oidc-provider, with configs from oidc.define', () => {
  it('a confidential web app (client_secret_basic)', async () => {
    const { claims, tokens } = await webFlow();
    expect(claims.sub).toBe('alice');
    expect(claims.aud).toBe('portal-web-client');
    expect(tokens.claims()?.sub).toBe('alice');
  }, 20_000);

  it('a single-page app (public client, none)', async () => {
    const config = await client.discovery(new URL(op.issuer), spa.clientId as string, undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    });
    const { claims } = await codeFlow(config, spa.clientId as string);
    expect(claims.sub).toBe('alice');
    expect(claims.iss).toBe(op.issuer);
  }, 20_000);
});

describe('verifyIdToken refuses forged variants of a token oidc-provider minted', () => {
  // Minted here, so these tests need no other test to have run first.
  let minted: { idToken: string; nonce: string };
  beforeAll(async () => {
    const { claims, tokens } = await webFlow();
    minted = { idToken: tokens.id_token as string, nonce: claims.nonce as string };
  }, 20_000);
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const parts = () => {
    const [header = '', payload = '', signature = ''] = minted.idToken.split('.');
    return { header, payload, signature, claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) };
  };
  const options = () => ({ issuer: op.issuer, clientId: 'portal-web-client', jwksUri: `${op.issuer}/jwks` });
  const refusal = async (token: string, extra: object = {}) => {
    try {
      await verifyIdToken(token, { ...options(), ...extra });
      return 'accepted';
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  };

  it('accepts the genuine token', async () => {
    expect(await refusal(minted.idToken, { nonce: minted.nonce })).toBe('accepted');
  });

  it('refuses a tampered payload', async () => {
    const { header, signature, claims } = parts();
    expect(await refusal(`${header}.${b64({ ...claims, sub: 'mallory' })}.${signature}`)).toBe('ERR_TOKEN_SIGNATURE');
  });

  it('refuses the wrong audience and a mismatched nonce', async () => {
    expect(await refusal(minted.idToken, { clientId: 'someone-else' })).toBe('ERR_TOKEN_CLAIM');
    expect(await refusal(minted.idToken, { nonce: 'other-nonce' })).toBe('ERR_TOKEN_CLAIM');
    expect(await refusal(minted.idToken, { issuer: 'http://127.0.0.1:1' })).toBe('ERR_TOKEN_CLAIM');
  });

  it('refuses it once expired', async () => {
    const { claims } = parts();
    const later = new Date((claims.exp + 3600) * 1000);
    expect(await refusal(minted.idToken, { currentDate: later })).toBe('ERR_TOKEN_EXPIRED');
  });

  it('refuses alg none', async () => {
    const { claims } = parts();
    expect(await refusal(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`)).toBe('ERR_TOKEN_ALG_NOT_ALLOWED');
  });

  it('refuses HS256 signed with the provider public key (key confusion)', async () => {
    const { claims } = parts();
    const jwks = (await (await fetch(`${op.issuer}/jwks`)).json()) as { keys: JsonWebKey[] };
    const { createPublicKey, createHmac } = await import('node:crypto');
    const pem = createPublicKey({ key: jwks.keys[0] as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const signingInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'op-signing' })}.${b64(claims)}`;
    const mac = createHmac('sha256', pem).update(signingInput).digest('base64url');
    expect(await refusal(`${signingInput}.${mac}`)).toBe('ERR_TOKEN_ALG_NOT_ALLOWED');
    await expect(
      verifyIdToken(`${signingInput}.${mac}`, { ...options(), algorithms: ['HS256' as never] }),
    ).rejects.toThrow(/not an asymmetric/);
  });
});
