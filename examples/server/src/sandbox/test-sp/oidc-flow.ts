import { createHash, randomBytes } from 'node:crypto';
import type { Integration } from '@integrakit/core';
import { inspectToken } from '@integrakit/protocols/jwt';
import type { OidcConfig } from '@integrakit/protocols/oidc';
import type { Context } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { baseUrl, type ServerContext } from '../../context.js';
import type { Sandbox } from '../index.js';
import { clientIdOf, oidcConfigOf } from '../oidc/clients.js';
import { escapeHtml } from '../page.js';
import type { ReceivedReport } from './report-page.js';
import { testCallbackPath } from './test-redirects.js';

/** Client authentication the test SP can do for an app: it holds the app's secret, never a private key. */
const TESTABLE_AUTH = new Set(['none', 'client_secret_basic', 'client_secret_post']);
/** Largest token response the test SP reads. */
const MAX_TOKEN_RESPONSE = 64 * 1024;
const TOKEN_TIMEOUT_MS = 15_000;

/** Why an OIDC app a person signs in to cannot run Test sign-in (`field: rule`), or `undefined` when it can. */
export function oidcTestRefusal(config: OidcConfig): string | undefined {
  if (config.applicationType !== 'web' && config.applicationType !== 'browser') {
    return `settings.oauthClient.application_type: test sign-in runs for web and single-page apps, not ${config.applicationType}`;
  }
  if (!config.grantTypes.includes('authorization_code')) {
    return 'settings.oauthClient.grant_types: test sign-in uses authorization_code, which the app does not allow';
  }
  if (!TESTABLE_AUTH.has(config.tokenEndpointAuthMethod)) {
    return `credentials.oauthClient.token_endpoint_auth_method: the test SP cannot authenticate as a ${config.tokenEndpointAuthMethod} client (it holds no private key)`;
  }
  return undefined;
}

const base64url = (bytes: number) => randomBytes(bytes).toString('base64url');

/**
 * OIDC **Test sign-in**: the test SP is the relying party on loopback, running authorization code
 * + PKCE against the sandbox's `/oauth2/v1/authorize` with the run's transient redirect URI, then
 * redeeming the code at `/oauth2/v1/token` as the app would (its secret, or none for a SPA).
 */
export function createOidcTestFlow(ctx: ServerContext, sandbox: Sandbox) {
  return {
    /** Opens run `runId` for the app and sends the browser to the authorization endpoint. */
    start(c: Context, integration: Integration, runId: string): Response {
      const config = oidcConfigOf(integration) as OidcConfig;
      const base = baseUrl(c);
      const run = {
        appId: integration.id,
        redirectUri: `${base}${testCallbackPath(runId)}`,
        state: base64url(24),
        nonce: base64url(24),
        codeVerifier: base64url(48),
      };
      if (sandbox.testRedirects.open(runId, run) === 'full')
        return c.text('Too many test sign-ins; try again shortly.', 503);
      const authorize = new URL('/oauth2/v1/authorize', base);
      authorize.search = new URLSearchParams({
        client_id: clientIdOf(integration, config),
        response_type: 'code',
        scope: 'openid profile email',
        redirect_uri: run.redirectUri,
        state: run.state,
        nonce: run.nonce,
        code_challenge: createHash('sha256').update(run.codeVerifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString();
      return c.redirect(authorize.href, 303);
    },

    /** The run's callback: checks `state`, redeems the code, and reports the ID token; else a page saying why not. */
    async callback(c: Context, runId: string, integration: Integration): Promise<Response | ReceivedReport> {
      const run = sandbox.testRedirects.take(runId);
      const config = oidcConfigOf(integration);
      const query = new URL(c.req.url).searchParams;
      if (run === undefined || config === undefined || run.appId !== integration.id) {
        return failed(c, sandbox, 'This test sign-in is over or was never started.');
      }
      if (query.get('state') !== run.state)
        return failed(c, sandbox, 'state: does not match the one this test sign-in sent');
      const error = query.get('error');
      if (error !== null) {
        return failed(
          c,
          sandbox,
          `${error}: ${query.get('error_description') ?? 'the sign-in was refused'}`.slice(0, 500),
        );
      }
      const code = query.get('code');
      if (code === null || code.length > 512) return failed(c, sandbox, 'code: is required, at most 512 characters');
      const idToken = await redeem(c, integration, config, run.redirectUri, code, run.codeVerifier);
      if (idToken === undefined) return failed(c, sandbox, 'id_token: the token endpoint returned none');
      if (inspectToken(idToken).claims?.nonce !== run.nonce) {
        return failed(c, sandbox, 'nonce: the ID token does not carry the one this test sign-in sent');
      }
      return {
        label: integration.label,
        value: idToken,
        kind: 'ID token',
        app: withoutSecret(appJson(ctx, c, integration)),
        issuer: baseUrl(c),
      };
    },
  };
}

/** Redeems `code` at the sandbox's token endpoint, authenticating as the app says. */
async function redeem(
  c: Context,
  integration: Integration,
  config: OidcConfig,
  redirectUri: string,
  code: string,
  codeVerifier: string,
): Promise<string | undefined> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: codeVerifier,
  });
  const answer = await requestToken(c, config, clientIdOf(integration, config), form, 'secret');
  return typeof answer.id_token === 'string' ? answer.id_token : undefined;
}

/** What the token endpoint answered: its tokens, or its `error` code. */
export interface TokenAnswer {
  readonly access_token?: unknown;
  readonly id_token?: unknown;
  readonly error?: string;
}

/**
 * Posts `form` to the sandbox's token endpoint over loopback as the app's client: with the secret
 * the server holds (`client_secret_basic` or `_post`, or only the client id for `none`), or with
 * the client assertion already in `form`. Bounded in time and response size; never throws.
 */
export async function requestToken(
  c: Context,
  config: OidcConfig,
  clientId: string,
  form: URLSearchParams,
  auth: 'secret' | 'assertion',
): Promise<TokenAnswer> {
  const secret = auth === 'secret' ? config.clientSecret?.reveal() : undefined;
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (auth === 'secret' && config.tokenEndpointAuthMethod === 'client_secret_basic' && secret !== undefined) {
    const encode = (value: string) => encodeURIComponent(value);
    headers.authorization = `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`).toString('base64')}`;
  } else {
    form.set('client_id', clientId);
    if (config.tokenEndpointAuthMethod === 'client_secret_post' && secret !== undefined)
      form.set('client_secret', secret);
  }
  try {
    const response = await fetch(`${baseUrl(c)}/oauth2/v1/token`, {
      method: 'POST',
      headers,
      body: form.toString(),
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
    const text = await response.text();
    if (text.length > MAX_TOKEN_RESPONSE) return { error: 'the answer is over 64 KiB' };
    const body = JSON.parse(text) as { error?: unknown };
    if (response.ok) return body as TokenAnswer;
    // The provider's own error code (e.g. invalid_client), never anything the client sent.
    return {
      error:
        typeof body.error === 'string' && /^[\w.-]{1,64}$/.test(body.error) ? body.error : `HTTP ${response.status}`,
    };
  } catch {
    return { error: 'unreachable, too slow, or not JSON' };
  }
}

/** The app's JSON without its client secret: the report page never shows a secret. */
export function withoutSecret(okta: Record<string, unknown>): Record<string, unknown> {
  const credentials = (okta.credentials ?? {}) as { oauthClient?: Record<string, unknown> };
  const { client_secret: _secret, ...oauthClient } = credentials.oauthClient ?? {};
  return { ...okta, credentials: { ...credentials, oauthClient } };
}

/** The page of a test run that ended without a token, saying why (never anything secret). */
export function failed(c: Context, sandbox: Sandbox, reason: string): Response {
  return sandbox.page(c, {
    title: 'Test sign-in failed',
    status: 400,
    body: `      <h1>Test sign-in failed</h1>\n      <p class="error" role="alert">${escapeHtml(reason)}</p>\n      <p>Start Test sign-in again from the app.</p>`,
  });
}
