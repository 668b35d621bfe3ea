import {
  type AppGroupsApi,
  type AppsApi,
  type AppUsersApi,
  appGroupsApi,
  appsApi,
  appUsersApi,
  type GrantsApi,
  grantsApi,
} from './apps.js';
import { type Authorizer, type OAuthAuth, oauthAuthorizer, type SessionAuth, type TokenAuth } from './auth.js';
import { type CatalogApi, catalogApi } from './catalog.js';
import { type GroupsApi, groupsApi, type UsersApi, usersApi } from './directory.js';
import { createHttp } from './http.js';
import { type AppKeysApi, appKeysApi } from './keys.js';
import { type LogsApi, logsApi } from './logs.js';

/** Options shared by every way of authenticating. */
export interface ClientBaseOptions {
  /** The org (or reference server) URL, e.g. `https://example.okta.com` or `http://127.0.0.1:4400`. */
  readonly orgUrl: string;
  /**
   * Milliseconds to wait for each response before failing with `ApiTimeoutError`.
   * @default 30000
   */
  readonly timeout?: number;
  /**
   * How often a 429 is retried after the wait `X-Rate-Limit-Reset` (or `Retry-After`) asks for.
   * @default 2
   */
  readonly maxRetries?: number;
  /**
   * Longest wait for a rate-limit reset in milliseconds; a longer one fails at once with the 429.
   * @default 60000
   */
  readonly maxRetryWait?: number;
  /**
   * The fetch implementation.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof globalThis.fetch;
}

/** Options of {@link createClient}: an API token, OAuth client credentials, or a browser session. */
export type ClientOptions = ClientBaseOptions & (TokenAuth | OAuthAuth | SessionAuth);

/** A typed client for Okta's app endpoints (and the reference server's catalog). */
export interface IntegrakitClient {
  readonly apps: AppsApi;
  /** An app's signing keys, certificates and IdP metadata. */
  readonly appKeys: AppKeysApi;
  readonly appUsers: AppUsersApi;
  readonly appGroups: AppGroupsApi;
  readonly grants: GrantsApi;
  readonly users: UsersApi;
  readonly groups: GroupsApi;
  readonly catalog: CatalogApi;
  /** The System Log and per-app usage. */
  readonly logs: LogsApi;
}

/**
 * Creates a client for the Okta management API's app endpoints.
 *
 * @example
 * const client = createClient({ orgUrl: 'https://example.okta.com', token: process.env.OKTA_TOKEN });
 * const app = await client.apps.create(saml.toOktaApp(config));
 * for await (const user of client.appUsers.list(app.id)) console.log(user.credentials?.userName);
 */
export function createClient(options: ClientOptions): IntegrakitClient {
  const orgUrl = new URL(options.orgUrl);
  if (orgUrl.protocol !== 'https:' && orgUrl.protocol !== 'http:') throw new TypeError('orgUrl must be an http(s) URL');
  const timeout = options.timeout ?? 30_000;
  const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = new URL('/api/v1/', orgUrl);
  const http = createHttp({
    baseUrl,
    authorize: authorizerFor(options, orgUrl.origin, fetch, timeout),
    timeout,
    maxRetries: options.maxRetries ?? 2,
    maxRetryWait: options.maxRetryWait ?? 60_000,
    fetch,
    credentials: 'session' in options ? 'same-origin' : 'omit',
  });
  const apps = appsApi(http);
  return {
    apps,
    appKeys: appKeysApi(http, apps, baseUrl),
    appUsers: appUsersApi(http),
    appGroups: appGroupsApi(http),
    grants: grantsApi(http),
    users: usersApi(http),
    groups: groupsApi(http),
    catalog: catalogApi(http),
    logs: logsApi(http),
  };
}

function authorizerFor(
  options: ClientOptions,
  orgUrl: string,
  fetch: typeof globalThis.fetch,
  timeout: number,
): Authorizer {
  if ('token' in options) {
    if (options.token.length === 0 || /[\r\n]/.test(options.token))
      throw new TypeError('token must be a non-empty API token');
    // Held in this closure only: the header value never reaches options echoed in errors.
    const header = `SSWS ${options.token}`;
    return async () => header;
  }
  if ('oauth' in options) return oauthAuthorizer(options.oauth, { orgUrl, fetch, timeout, now: Date.now });
  return async () => undefined;
}
