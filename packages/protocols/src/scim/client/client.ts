import type * as z from 'zod/mini';
import type { ScimConfig } from '../scim.schema.js';
import { ScimError } from './errors.js';
import {
  type GroupInput,
  type ListPage,
  listResponseSchema,
  type ScimGroup,
  type ScimUser,
  scimGroupSchema,
  scimUserSchema,
  URN,
  type UserInput,
} from './messages.js';
import { eq, type InteropProfile, type InteropProfileName, interopProfiles, type PatchOperation } from './profiles.js';
import {
  createTransport,
  expectStatus,
  type ScimExchange,
  type Transport,
  type TransportOptions,
} from './transport.js';

/** Options of {@link createClient}. */
export interface ScimClientOptions extends TransportOptions {
  /**
   * Which provisioning client to sound like: `okta` and `entra` send the request shapes those
   * IdPs send (deactivation, member changes, op casing).
   * @default 'rfc'
   */
  readonly profile?: InteropProfileName;
}

/** Query of a list call (RFC 7644 §3.4.2). */
export interface ListOptions {
  /** A SCIM filter; build comparisons with `eq()` so values are quoted safely. */
  readonly filter?: string;
  /** 1-based index of the first result. @default 1 */
  readonly startIndex?: number;
  /** Page size. @default the server's */
  readonly count?: number;
  readonly attributes?: readonly string[];
  readonly sortBy?: string;
  readonly sortOrder?: 'ascending' | 'descending';
}

/** Conditional-request options: send the `meta.version` ETag you read as `If-Match`. */
export interface WriteOptions {
  readonly ifMatch?: string;
}

/** Operations on one resource type (`/Users` or `/Groups`). */
export interface ResourceClient<T, Input> {
  create(resource: Input): Promise<T>;
  get(id: string): Promise<T>;
  list(options?: ListOptions): Promise<ListPage<T>>;
  /** Every resource matching `options.filter`, page by page over `startIndex`/`count`. */
  iterate(options?: Omit<ListOptions, 'startIndex'>): AsyncIterableIterator<T>;
  /** PUT: replaces the whole resource; sends `If-Match` from `options` or the resource's `meta.version`. */
  replace(id: string, resource: Input, options?: WriteOptions): Promise<T>;
  /** PATCH with `operations` in the client's profile dialect; re-reads the resource after a 204. */
  patch(id: string, operations: readonly PatchOperation[], options?: WriteOptions): Promise<T>;
  delete(id: string, options?: WriteOptions): Promise<void>;
}

/** Users, with the lifecycle calls a provisioning client makes. */
export interface UsersClient extends ResourceClient<ScimUser, UserInput> {
  /** The user whose `userName` equals `userName` (case-insensitively, per RFC 7643), if any. */
  findByUserName(userName: string): Promise<ScimUser | undefined>;
  /** Sets `active: false` the way the profile does (Okta: PATCH replace without a path). */
  deactivate(id: string, options?: WriteOptions): Promise<ScimUser>;
  reactivate(id: string, options?: WriteOptions): Promise<ScimUser>;
}

/** Groups, with member changes in the profile's shapes. */
export interface GroupsClient extends ResourceClient<ScimGroup, GroupInput> {
  addMembers(id: string, userIds: readonly string[], options?: WriteOptions): Promise<ScimGroup>;
  removeMembers(id: string, userIds: readonly string[], options?: WriteOptions): Promise<ScimGroup>;
  /** Replaces the member list; Okta pushes an empty group as `replace members []`. */
  setMembers(id: string, userIds: readonly string[], options?: WriteOptions): Promise<ScimGroup>;
}

/** A SCIM 2.0 client for one connector configuration. */
export interface ScimClient {
  readonly profile: InteropProfile;
  readonly users: UsersClient;
  readonly groups: GroupsClient;
  /** `GET /ServiceProviderConfig`. */
  serviceProviderConfig(): Promise<Record<string, unknown>>;
  /** The raw transport, for requests the typed calls do not cover; it never throws. */
  readonly transport: Transport;
}

/**
 * Creates a SCIM 2.0 client (RFC 7643/7644) on ky: typed Users and Groups calls, paging, PATCH,
 * ETags, `ScimError`s, bounded 429/503 retries honouring `Retry-After`, and a timeout on every
 * request.
 */
export function createClient(config: ScimConfig, options: ScimClientOptions = {}): ScimClient {
  const transport = createTransport(config, options);
  const profile = interopProfiles[options.profile ?? 'rfc'];
  const users = resourceClient(transport, profile, '/Users', URN.user, scimUserSchema);
  const groups = resourceClient(transport, profile, '/Groups', URN.group, scimGroupSchema);
  return {
    profile,
    transport,
    users: {
      ...users,
      async findByUserName(userName) {
        const page = await users.list({ filter: eq('userName', userName), count: 2 });
        return page.resources.find((user) => user.userName.toLowerCase() === userName.toLowerCase());
      },
      deactivate: (id, write) => users.patch(id, profile.deactivate(), write),
      reactivate: (id, write) => users.patch(id, profile.reactivate(), write),
    },
    groups: {
      ...groups,
      addMembers: (id, ids, write) => groups.patch(id, profile.addMembers(ids), write),
      removeMembers: (id, ids, write) => groups.patch(id, profile.removeMembers(ids), write),
      setMembers: (id, ids, write) => groups.patch(id, profile.setMembers(ids), write),
    },
    async serviceProviderConfig() {
      const exchange = expectStatus(await transport.exchange('GET', '/ServiceProviderConfig'), [200]);
      return exchange.body as Record<string, unknown>;
    },
  };
}

function resourceClient<S extends typeof scimUserSchema | typeof scimGroupSchema, Input extends { schemas?: string[] }>(
  transport: Transport,
  profile: InteropProfile,
  endpoint: string,
  urn: string,
  schema: S,
): ResourceClient<z.output<S>, Input> {
  type T = z.output<S>;
  const read = (exchange: ScimExchange): T => {
    const result = schema.safeParse(exchange.body);
    if (!result.success) {
      const field = result.error.issues[0]?.path.join('.') || '(root)';
      throw new ScimError(`${exchange.method} ${exchange.url} answered a resource without a valid ${field}`, {
        code: 'ERR_SCIM_PROTOCOL',
        method: exchange.method,
        url: exchange.url,
        status: exchange.status,
      });
    }
    return result.data as T;
  };
  const path = (id: string) => `${endpoint}/${encodeURIComponent(id)}`;
  const ifMatch = (write?: WriteOptions, resource?: { meta?: { version?: string } }) => {
    const version = write?.ifMatch ?? resource?.meta?.version;
    return version === undefined ? {} : { 'if-match': version };
  };
  const withSchemas = (resource: Input) => ({ ...resource, schemas: resource.schemas ?? [urn] });

  const client: ResourceClient<T, Input> = {
    async create(resource) {
      return read(expectStatus(await transport.exchange('POST', endpoint, { json: withSchemas(resource) }), [201]));
    },
    async get(id) {
      return read(expectStatus(await transport.exchange('GET', path(id)), [200]));
    },
    async list(query = {}) {
      const searchParams: Record<string, string | number> = {};
      if (query.filter !== undefined) searchParams.filter = query.filter;
      if (query.startIndex !== undefined) searchParams.startIndex = query.startIndex;
      if (query.count !== undefined) searchParams.count = query.count;
      if (query.attributes) searchParams.attributes = query.attributes.join(',');
      if (query.sortBy !== undefined) searchParams.sortBy = query.sortBy;
      if (query.sortOrder !== undefined) searchParams.sortOrder = query.sortOrder;
      const exchange = expectStatus(await transport.exchange('GET', endpoint, { searchParams }), [200]);
      const list = listResponseSchema.safeParse(exchange.body);
      if (!list.success) {
        throw new ScimError(`GET ${exchange.url} did not answer a ListResponse: ${list.error.issues[0]?.message}`, {
          code: 'ERR_SCIM_PROTOCOL',
          method: 'GET',
          url: exchange.url,
          status: exchange.status,
        });
      }
      const resources = (list.data.Resources ?? []).map((body) => read({ ...exchange, body }));
      return {
        totalResults: list.data.totalResults,
        startIndex: list.data.startIndex ?? query.startIndex ?? 1,
        itemsPerPage: list.data.itemsPerPage ?? resources.length,
        resources,
      };
    },
    async *iterate(query = {}) {
      let startIndex = 1;
      const seen = new Set<string>();
      for (;;) {
        const page = await client.list({ ...query, startIndex });
        for (const resource of page.resources) {
          // A server that ignores startIndex would repeat page one forever; stop instead.
          if (seen.has(resource.id)) return;
          seen.add(resource.id);
          yield resource;
        }
        startIndex += page.resources.length;
        if (page.resources.length === 0 || startIndex > page.totalResults) return;
      }
    },
    async replace(id, resource, write) {
      const headers = ifMatch(write, resource as { meta?: { version?: string } });
      return read(
        expectStatus(await transport.exchange('PUT', path(id), { json: withSchemas(resource), headers }), [200]),
      );
    },
    async patch(id, operations, write) {
      const json = { schemas: [URN.patchOp], Operations: profile.dialect(operations) };
      const exchange = expectStatus(
        await transport.exchange('PATCH', path(id), { json, headers: ifMatch(write) }),
        [200, 204],
      );
      // RFC 7644 §3.5.2: a 204 carries no body, so read the result back.
      return exchange.status === 204 || exchange.body === undefined ? client.get(id) : read(exchange);
    },
    async delete(id, write) {
      expectStatus(await transport.exchange('DELETE', path(id), { headers: ifMatch(write) }), [204, 200]);
    },
  };
  return client;
}
