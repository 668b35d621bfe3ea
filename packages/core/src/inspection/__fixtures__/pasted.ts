import { generateKeyPairSync, sign } from 'node:crypto';
import { buildResponse, toOktaApp } from '@integrakit/protocols/saml';
import { idpIdentity, spConfig } from '../../../../protocols/src/saml/__fixtures__/config.js';
import { wrapAssertion } from '../../../../protocols/src/saml/__fixtures__/xsw.js';

// Values an admin would paste into the inspector, made by real signers: tokens signed RS256 with
// node:crypto, SAML responses from the protocols' response builder, wrapped by the protocols' XSW
// fixture. Node-only; browser tests receive them through a Vitest command.

export const ORG = 'https://integrakit.okta.test';
export const CLIENT_ID = '0oa1inspectorclient';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact RS256 JWT with `claims`, signed by a fresh key. */
export function signJwt(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const input = `${segment({ alg: 'RS256', kid: 'inspector-test', ...header })}.${segment(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** An ID token for {@link CLIENT_ID} from {@link ORG}, issued at `now`, valid an hour. */
export function idToken(now = new Date(), overrides: Record<string, unknown> = {}): string {
  return signJwt({
    iss: ORG,
    sub: '00u1alice',
    aud: CLIENT_ID,
    iat: seconds(now),
    exp: seconds(now) + 3600,
    email: 'alice@example.test',
    ...overrides,
  });
}

/** An Okta access token (`scp`, `cid`) for the org's API. */
export function accessToken(now = new Date(), cid = CLIENT_ID): string {
  return signJwt(
    {
      iss: ORG,
      sub: 'alice@example.test',
      aud: 'api://default',
      cid,
      scp: ['openid'],
      iat: seconds(now),
      exp: seconds(now) + 3600,
    },
    { typ: 'application/okta-internal-at+jwt' },
  );
}

/** The OIDC app the tokens are meant for, as Okta's API returns it. */
export const oidcApp = {
  id: '0oa1oidcapp',
  label: 'Team Portal',
  status: 'ACTIVE',
  signOnMode: 'OPENID_CONNECT',
  created: '2026-12-01T00:00:00.000Z',
  lastUpdated: '2026-12-01T00:00:00.000Z',
  credentials: { oauthClient: { client_id: CLIENT_ID, token_endpoint_auth_method: 'client_secret_basic' } },
};

const idp = idpIdentity();
const key = { privateKey: idp.privateKeyPem, certificate: idp.pem };
const config = spConfig();
const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

/** The SAML app the responses are meant for, as Okta's API returns it, with an id and status. */
export const samlApp = {
  ...toOktaApp(config),
  id: '0oa1samlapp',
  status: 'ACTIVE',
  created: '2026-12-01T00:00:00.000Z',
  lastUpdated: '2026-12-01T00:00:00.000Z',
};

/** The IdP certificate (PEM) the responses are signed with. */
export const idpCertificate = idp.pem;
/** Its private key (PEM), for values other builders sign (a WS-Fed `wresult`). */
export const idpPrivateKey = idp.privateKeyPem;

/** Base64 (POST binding) SAML responses: good, for another audience, and wrapped (XSW). */
export async function samlResponses(
  now = new Date(),
): Promise<{ good: string; wrongAudience: string; wrapped: string }> {
  const user = { nameId: 'alice@example.test', attributes: { email: 'alice@example.test' } };
  const good = await buildResponse(config, user, key, { now });
  const other = await buildResponse(spConfig({ audience: 'https://other.example.test/sp' }), user, key, { now });
  const assertionOnly = await buildResponse(spConfig({ responseSigned: false }), user, key, { now });
  return { good: b64(good), wrongAudience: b64(other), wrapped: b64(wrapAssertion(assertionOnly, 'after')) };
}
