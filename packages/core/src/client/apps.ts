import { ApiError, ConflictError } from './errors.js';
import type { CallOptions, Http, Versioned } from './http.js';
import type { Page } from './pagination.js';
import { lister, params, seg, signalOf } from './resource.js';
import {
  type AppUser,
  type AppUserAssignRequest,
  AppUserSchema,
  type AppUserUpdateRequest,
  type Grant,
  type GrantRequest,
  GrantSchema,
  type GroupAssignment,
  type GroupAssignmentRequest,
  GroupAssignmentSchema,
  type OktaApp,
  type OktaAppFor,
  type OktaAppRequest,
  OktaAppSchema,
  oktaAppSchemaFor,
} from './wire.js';

/** Options of {@link AppsApi.list}. */
export interface ListAppsOptions extends CallOptions {
  /** Apps whose label or name starts with `q`. */
  readonly q?: string;
  /** Okta filter expression, e.g. `status eq "ACTIVE"`. */
  readonly filter?: string;
  /** Page size, 1–200; pages are fetched as the iterator advances. */
  readonly limit?: number;
}

/** Options of list calls that page with `limit`. */
export interface ListOptions extends CallOptions {
  /** Page size; pages are fetched as the iterator advances. */
  readonly limit?: number;
}

/** Options of {@link AppsApi.create}. */
export interface CreateAppOptions extends CallOptions {
  /**
   * Activate the app on create.
   * @default true
   */
  readonly activate?: boolean;
}

/** Options of {@link AppsApi.update}. */
export interface UpdateAppOptions extends CallOptions {
  /** The `ETag` of the read the change is based on (from {@link AppsApi.read}), sent as `If-Match`. */
  readonly ifMatch?: string | undefined;
}

/** `/api/v1/apps`: apps and their lifecycle. */
export interface AppsApi {
  /** Every app matching the options, following `Link: rel="next"` pages lazily. */
  list(options?: ListAppsOptions): AsyncGenerator<OktaApp, void, undefined>;
  /**
   * One page of apps; pass `page.next` as `after` for the next one. `after` takes the whole `next`
   * link (followed as given, with its own query, on the org's origin only) or a bare Okta cursor.
   */
  listPage(options?: ListAppsOptions & { readonly after?: string }): Promise<Page<OktaApp>>;
  get(appId: string, options?: CallOptions): Promise<OktaApp>;
  /**
   * Creates an app from a protocol module's `toOktaApp` body. The result is typed by the body's
   * `signOnMode`: an OIDC app's `credentials.oauthClient.client_id` reads without a cast.
   */
  create<Body extends OktaAppRequest>(body: Body, options?: CreateAppOptions): Promise<OktaAppFor<Body['signOnMode']>>;
  /** The app with its `ETag`, to base a conditional {@link AppsApi.update} on. */
  read(appId: string, options?: CallOptions): Promise<Versioned<OktaApp>>;
  /**
   * Replaces the app (`PUT`) unless it changed since it was read: `ifMatch` is sent as `If-Match`,
   * and a `lastUpdated` in the body is checked by the server too. A stale write rejects with
   * `ConflictError` and writes nothing.
   */
  update(appId: string, body: OktaAppRequest, options?: UpdateAppOptions): Promise<Versioned<OktaApp>>;
  /** Replaces the app (`PUT`): send every property, as Okta requires. */
  replace(appId: string, body: OktaAppRequest, options?: CallOptions): Promise<OktaApp>;
  /** Deletes an inactive app; deactivate first. */
  delete(appId: string, options?: CallOptions): Promise<void>;
  activate(appId: string, options?: CallOptions): Promise<void>;
  deactivate(appId: string, options?: CallOptions): Promise<void>;
}

/** `/api/v1/apps/{appId}/users`: app users, direct (`scope: USER`) or through groups (`GROUP`). */
export interface AppUsersApi {
  list(appId: string, options?: ListOptions): AsyncGenerator<AppUser, void, undefined>;
  get(appId: string, userId: string, options?: CallOptions): Promise<AppUser>;
  /** Assigns a user directly; `credentials.userName` is computed from the app's template when omitted. */
  assign(appId: string, body: AppUserAssignRequest, options?: CallOptions): Promise<AppUser>;
  update(appId: string, userId: string, body: AppUserUpdateRequest, options?: CallOptions): Promise<AppUser>;
  unassign(appId: string, userId: string, options?: CallOptions): Promise<void>;
}

/** `/api/v1/apps/{appId}/groups`: group assignments, listed in priority order. */
export interface AppGroupsApi {
  list(appId: string, options?: ListOptions): AsyncGenerator<GroupAssignment, void, undefined>;
  get(appId: string, groupId: string, options?: CallOptions): Promise<GroupAssignment>;
  /** Assigns a group (or updates its assignment); omitted priority appends it. */
  assign(
    appId: string,
    groupId: string,
    body?: GroupAssignmentRequest,
    options?: CallOptions,
  ): Promise<GroupAssignment>;
  unassign(appId: string, groupId: string, options?: CallOptions): Promise<void>;
}

/** `/api/v1/apps/{appId}/grants`: scope grants of an API service app. */
export interface GrantsApi {
  list(appId: string, options?: CallOptions): AsyncGenerator<Grant, void, undefined>;
  get(appId: string, grantId: string, options?: CallOptions): Promise<Grant>;
  grant(appId: string, body: GrantRequest, options?: CallOptions): Promise<Grant>;
  revoke(appId: string, grantId: string, options?: CallOptions): Promise<void>;
}

export function appsApi(http: Http): AppsApi {
  const query = (options: ListAppsOptions & { after?: string }) =>
    params({ q: options.q, filter: options.filter, limit: options.limit, after: options.after });
  return {
    list: (options = {}) => lister(http, 'apps', OktaAppSchema, query(options), options),
    listPage: (options = {}) =>
      options.after !== undefined && URL.canParse(options.after)
        ? http.page(options.after, OktaAppSchema, signalOf(options))
        : http.page('apps', OktaAppSchema, { ...signalOf(options), searchParams: query(options) }),
    get: (appId, options = {}) => http.json('GET', `apps/${seg(appId)}`, OktaAppSchema, options),
    create: <Body extends OktaAppRequest>(body: Body, options: CreateAppOptions = {}) =>
      // The schema is chosen by the same `signOnMode` the type is, so the cast only restates it.
      http.json('POST', 'apps', oktaAppSchemaFor(body.signOnMode), {
        ...signalOf(options),
        json: body,
        searchParams: params({ activate: options.activate }),
      }) as Promise<OktaAppFor<Body['signOnMode']>>,
    read: (appId, options = {}) => http.versioned('GET', `apps/${seg(appId)}`, OktaAppSchema, signalOf(options)),
    async update(appId, body, { ifMatch, ...options } = {}) {
      try {
        return await http.versioned('PUT', `apps/${seg(appId)}`, OktaAppSchema, {
          ...signalOf(options),
          json: body,
          ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
        });
      } catch (error) {
        throw error instanceof ApiError && (error.status === 409 || error.status === 412) ? conflict(error) : error;
      }
    },
    replace: (appId, body, options = {}) =>
      http.json('PUT', `apps/${seg(appId)}`, OktaAppSchema, { ...options, json: body }),
    delete: (appId, options = {}) => http.send('DELETE', `apps/${seg(appId)}`, options),
    activate: (appId, options = {}) => http.send('POST', `apps/${seg(appId)}/lifecycle/activate`, options),
    deactivate: (appId, options = {}) => http.send('POST', `apps/${seg(appId)}/lifecycle/deactivate`, options),
  };
}

/** The same refusal as a {@link ConflictError}. */
function conflict(error: ApiError): ConflictError {
  const optional = <K extends 'errorCode' | 'errorSummary' | 'errorId' | 'requestId'>(key: K) =>
    error[key] === undefined ? {} : { [key]: error[key] };
  return new ConflictError({
    status: error.status,
    errorCauses: error.errorCauses,
    method: error.method,
    path: error.path,
    ...optional('errorCode'),
    ...optional('errorSummary'),
    ...optional('errorId'),
    ...optional('requestId'),
  });
}

/** The kid of the app's active signing key (`credentials.signing.kid`), if it has one. */
export function activeKid(app: OktaApp): string | undefined {
  const signing = app.credentials?.signing;
  const kid = typeof signing === 'object' && signing !== null ? (signing as { kid?: unknown }).kid : undefined;
  return typeof kid === 'string' ? kid : undefined;
}

export function appUsersApi(http: Http): AppUsersApi {
  const base = (appId: string) => `apps/${seg(appId)}/users`;
  return {
    list: (appId, options = {}) => lister(http, base(appId), AppUserSchema, params({ limit: options.limit }), options),
    get: (appId, userId, options = {}) => http.json('GET', `${base(appId)}/${seg(userId)}`, AppUserSchema, options),
    assign: (appId, body, options = {}) => http.json('POST', base(appId), AppUserSchema, { ...options, json: body }),
    update: (appId, userId, body, options = {}) =>
      http.json('POST', `${base(appId)}/${seg(userId)}`, AppUserSchema, { ...options, json: body }),
    unassign: (appId, userId, options = {}) => http.send('DELETE', `${base(appId)}/${seg(userId)}`, options),
  };
}

export function appGroupsApi(http: Http): AppGroupsApi {
  const base = (appId: string) => `apps/${seg(appId)}/groups`;
  return {
    list: (appId, options = {}) =>
      lister(http, base(appId), GroupAssignmentSchema, params({ limit: options.limit }), options),
    get: (appId, groupId, options = {}) =>
      http.json('GET', `${base(appId)}/${seg(groupId)}`, GroupAssignmentSchema, options),
    assign: (appId, groupId, body = {}, options = {}) =>
      http.json('PUT', `${base(appId)}/${seg(groupId)}`, GroupAssignmentSchema, { ...options, json: body }),
    unassign: (appId, groupId, options = {}) => http.send('DELETE', `${base(appId)}/${seg(groupId)}`, options),
  };
}

export function grantsApi(http: Http): GrantsApi {
  const base = (appId: string) => `apps/${seg(appId)}/grants`;
  return {
    list: (appId, options = {}) => lister(http, base(appId), GrantSchema, new URLSearchParams(), options),
    get: (appId, grantId, options = {}) => http.json('GET', `${base(appId)}/${seg(grantId)}`, GrantSchema, options),
    grant: (appId, body, options = {}) => http.json('POST', base(appId), GrantSchema, { ...options, json: body }),
    revoke: (appId, grantId, options = {}) => http.send('DELETE', `${base(appId)}/${seg(grantId)}`, options),
  };
}
