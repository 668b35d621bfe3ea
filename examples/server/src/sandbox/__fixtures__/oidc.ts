import * as client from 'openid-client';
import { browser } from '../../__fixtures__/browser.js';
import type { startSandboxServer } from './sandbox-server.js';

type SandboxServer = Awaited<ReturnType<typeof startSandboxServer>>;

/** Where the test apps "live": never contacted, the tests read the redirect's `Location`. */
export const APP_ORIGIN = 'http://127.0.0.1:9';

/** An Okta OIDC app body with the given client settings. */
export function oidcApp(
  label: string,
  options: {
    type: 'web' | 'browser' | 'native' | 'service';
    method: string;
    grants: string[];
    responseTypes?: string[];
    redirectUris?: string[];
    postLogoutRedirectUris?: string[];
    jwks?: object;
    pkceRequired?: boolean;
    wildcard?: boolean;
  },
) {
  return {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: {
      oauthClient: {
        token_endpoint_auth_method: options.method,
        ...(options.pkceRequired === undefined ? {} : { pkce_required: options.pkceRequired }),
      },
    },
    settings: {
      oauthClient: {
        application_type: options.type,
        grant_types: options.grants,
        ...(options.responseTypes === undefined ? {} : { response_types: options.responseTypes }),
        redirect_uris: options.redirectUris ?? (options.type === 'service' ? [] : [`${APP_ORIGIN}/cb`]),
        post_logout_redirect_uris:
          options.postLogoutRedirectUris ?? (options.type === 'service' ? [] : [`${APP_ORIGIN}/signed-out`]),
        ...(options.jwks === undefined ? {} : { jwks: options.jwks }),
        ...(options.wildcard ? { wildcard_redirect: 'SUBDOMAIN' } : {}),
      },
    },
  };
}

/** Creates an app through the API; returns its id, client id and secret (if any). */
export async function createApp(sandbox: SandboxServer, body: object) {
  const created = await sandbox.call('POST', '/api/v1/apps', body);
  if (created.status !== 200) throw new Error(`app not created: ${created.text}`);
  const oauth = created.json.credentials.oauthClient;
  return { id: created.json.id as string, clientId: oauth.client_id as string, secret: oauth.client_secret as string };
}

/** Assigns the person with `login` to the app directly. */
export async function assign(sandbox: SandboxServer, appId: string, login: string) {
  const assigned = await sandbox.call('POST', `/api/v1/apps/${appId}/users`, { id: await sandbox.userId(login) });
  if (assigned.status !== 200) throw new Error(`not assigned: ${assigned.text}`);
}

/** openid-client's configuration for a client of the sandbox (over http, on loopback). */
export function discover(sandbox: SandboxServer, clientId: string, auth: client.ClientAuth) {
  return client.discovery(new URL(sandbox.url), clientId, undefined, auth, { execute: [client.allowInsecureRequests] });
}

/**
 * An authorization code + PKCE sign-in as a browser does it: the authorization request, the
 * sandbox's sign-in form, and the redirect back to the app, whose URL is returned (or the last
 * response, when the flow ended on a sandbox page).
 */
export async function codeFlow(
  sandbox: SandboxServer,
  config: client.Configuration,
  options: { login: string; password: string; scope?: string; person?: ReturnType<typeof browser>; pkce?: boolean },
) {
  const person = options.person ?? browser();
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: `${APP_ORIGIN}/cb`,
    scope: options.scope ?? 'openid profile email',
    state,
    nonce,
    ...(options.pkce === false
      ? {}
      : { code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256' }),
  });
  const { response, callback } = await signInAt(sandbox, url, { ...options, person });
  return { person, response, callback, verifier, state, nonce };
}

/**
 * Opens an authorization URL in `person`'s browser, signs in on the sandbox's form when it shows,
 * and follows the redirects to the app: the app's redirect URL, or the last response when the flow
 * ended on a sandbox page.
 */
export async function signInAt(
  sandbox: SandboxServer,
  url: URL,
  options: { login: string; password: string; person: ReturnType<typeof browser> },
) {
  const { person } = options;
  let response = await person.follow(url.href, sandbox.url);
  if (response.status === 200 && response.url.includes('/signin')) {
    const signedIn = await person.submitSignIn(sandbox.url, await response.text(), options.login, options.password);
    const next = signedIn.headers.get('location');
    response = next === null ? signedIn : await person.follow(new URL(next, sandbox.url).href, sandbox.url);
  }
  const location = response.headers.get('location');
  return { response, callback: location === null ? undefined : new URL(location) };
}
