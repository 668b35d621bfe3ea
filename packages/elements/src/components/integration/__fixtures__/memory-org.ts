// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates are literal `${…}` text.
import {
  ApiError,
  type AppSigningKey,
  type AppUserWithUser,
  type Group,
  type GroupAssignmentWithGroup,
  type OktaApp,
  signingCertificates,
  type User,
} from '@integrakit/core/client';
import type { MetadataFetcher } from '../../../internal/saml-setup/load.js';
import type { IntegrationClient } from '../view.js';
import { CURRENT_CERTIFICATE, NEXT_CERTIFICATE } from './certificates.js';

// An org held in memory, answering the slice of core's client that `<ik-integration>` and
// `<ik-assignments>` call, for stories (Storybook has no server). Certificates go through core's
// `signingCertificates`, so expiry warnings are computed as in the app.

const DAY_MS = 86_400_000;
const STAMP = '2026-01-05T09:00:00.000Z';
const org = 'https://acme.example.test';

/** What the org holds: the app, its keys, the directory, and who is assigned. */
export interface MemoryOrgSpec {
  readonly app: OktaApp;
  readonly keys?: readonly AppSigningKey[];
  /** People in the directory (the first `assignedPeople` are assigned directly). @default 40 */
  readonly people?: number;
  /** @default 0 */
  readonly assignedPeople?: number;
  /** Groups in the directory (the first `assignedGroups` are assigned, in that order). @default 8 */
  readonly groups?: number;
  /** @default 0 */
  readonly assignedGroups?: number;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Ken', 'Radia', 'Tim'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Hamilton', 'Thompson', 'Perlman', 'Lee'];
const TEAMS = ['Engineering', 'Sales', 'Support', 'Finance', 'Design', 'Marketing', 'Legal', 'Operations'];

/** Person `index` of the synthetic directory. */
export function directoryPerson(index: number): User {
  const firstName = FIRST[index % FIRST.length] ?? 'Ada';
  const lastName = `${LAST[Math.floor(index / FIRST.length) % LAST.length] ?? 'Lovelace'}${index >= 100 ? ` ${index}` : ''}`;
  const handle = `${firstName}.${lastName}`.toLowerCase().replace(/\s+/g, '');
  const login = `${handle}@acme.example`;
  return {
    id: `00u${String(index).padStart(6, '0')}`,
    status: 'ACTIVE',
    created: STAMP,
    lastUpdated: STAMP,
    profile: { login, email: login, firstName, lastName },
  };
}

/** Group `index` of the synthetic directory. */
export function directoryGroup(index: number): Group {
  const team = TEAMS[index % TEAMS.length] ?? 'Engineering';
  const name = index < TEAMS.length ? team : `${team} ${Math.floor(index / TEAMS.length) + 1}`;
  return {
    id: `00g${String(index).padStart(6, '0')}`,
    type: 'OKTA_GROUP',
    created: STAMP,
    lastUpdated: STAMP,
    profile: { name, description: `Everyone in ${name}` },
  };
}

/** A signing key whose certificate expires `expiresInDays` after `now`. */
export function signingKey(kid: string, now: Date, expiresInDays: number, next = false): AppSigningKey {
  return {
    kid,
    kty: 'RSA',
    use: 'sig',
    x5c: [next ? NEXT_CERTIFICATE : CURRENT_CERTIFICATE],
    created: STAMP,
    lastUpdated: STAMP,
    expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS).toISOString(),
  };
}

/** Okta's IdP metadata for `app`, listing `keys`' certificates (current first). */
export function idpMetadata(app: OktaApp, keys: readonly AppSigningKey[]): string {
  const key = (cert: string) =>
    `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/${app.id}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${keys.map((k) => key(k.x5c[0] ?? '')).join('')}
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${org}/app/acme/${app.id}/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

/** A SAML 2.0 app as the server returns it, signing with `kid`. */
export function samlApp(label: string, kid: string, status: OktaApp['status'] = 'ACTIVE'): OktaApp {
  const id = '0oa1saml';
  return {
    id,
    label,
    name: 'acme_saml',
    status,
    signOnMode: 'SAML_2_0',
    created: STAMP,
    lastUpdated: STAMP,
    settings: { signOn: { ssoAcsUrl: 'https://sp.example.test/saml/acs', audience: 'https://sp.example.test/saml' } },
    credentials: { signing: { kid }, userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' } },
    features: ['PUSH_NEW_USERS', 'PUSH_PROFILE_UPDATES', 'PUSH_USER_DEACTIVATION'],
    _links: { metadata: { href: `${org}/api/v1/apps/${id}/sso/saml/metadata` } },
  } as OktaApp;
}

/** An OIDC web app with a client secret (never returned again). */
export function oidcApp(label: string): OktaApp {
  return {
    id: '0oa2oidc',
    label,
    name: 'oidc_client',
    status: 'ACTIVE',
    signOnMode: 'OPENID_CONNECT',
    created: STAMP,
    lastUpdated: STAMP,
    credentials: {
      oauthClient: { client_id: '0oa2oidcClientId7x1', token_endpoint_auth_method: 'client_secret_basic' },
      userNameTemplate: { template: '${source.email}', type: 'BUILT_IN' },
    },
    settings: { oauthClient: { application_type: 'web', redirect_uris: ['https://portal.example.test/cb'] } },
  };
}

const activeKid = (app: OktaApp) => (app.credentials?.signing as { kid?: string } | undefined)?.kid;

const refused = (
  status: number,
  errorCode: string,
  errorSummary: string,
  causes: string[] = [],
  [method, path] = ['POST', '/api/v1/apps'],
) =>
  new ApiError({
    status,
    errorCode,
    errorSummary,
    errorCauses: causes.map((summary) => ({ errorSummary: summary })),

    method,
    path,
  });

/** An org in memory: its client, and its IdP metadata as `fetchMetadata` reads it. */
export interface MemoryOrg {
  readonly client: IntegrationClient;
  readonly fetchMetadata: MetadataFetcher;
}

/**
 * A client over an org in memory. Lifecycle, keys and assignments change it as the server would
 * (Delete refused while active; group priority reorders); no request leaves the page.
 */
export function memoryOrg(spec: MemoryOrgSpec): MemoryOrg {
  let app = spec.app;
  let version = 1;
  const keys = [...(spec.keys ?? [])];
  const people = Array.from({ length: spec.people ?? 40 }, (_, index) => directoryPerson(index));
  const groups = Array.from({ length: spec.groups ?? 8 }, (_, index) => directoryGroup(index));
  const assignedPeople = people.slice(0, spec.assignedPeople ?? 0).map((user) => user.id);
  const assignedGroups = groups.slice(0, spec.assignedGroups ?? 0).map((group) => group.id);
  const usernames = new Map<string, string>();
  const read = () => ({ value: app, etag: `W/"${version}"` });
  const save = (next: OktaApp) => {
    app = { ...next, lastUpdated: new Date().toISOString() };
    version += 1;
    return read();
  };
  const matches = (text: string, q: string | undefined) =>
    q === undefined || text.toLowerCase().startsWith(q.toLowerCase());
  const page = <T>(items: T[], limit: number, after: string | undefined) => {
    const link = after === undefined ? undefined : new URL(after).searchParams;
    const start = Number(link?.get('after') ?? 0);
    const end = start + Number(link?.get('limit') ?? limit);
    return {
      items: items.slice(start, end),
      next: end < items.length ? `${org}/page?after=${end}&limit=${end - start}` : undefined,
    };
  };
  // Two more people reach the app through the first assigned group, as group members do.
  const groupMembers = people.slice(assignedPeople.length, assignedPeople.length + 2);
  const appUser = (user: User, groupId?: string): AppUserWithUser => ({
    id: user.id,
    scope: groupId === undefined ? 'USER' : 'GROUP',
    status: 'PROVISIONED',
    credentials: { userName: usernames.get(user.id) ?? user.profile.login },
    profile: {},
    created: STAMP,
    lastUpdated: STAMP,
    _embedded: { user },
    ...(groupId === undefined ? {} : { _links: { group: { href: `${org}/api/v1/groups/${groupId}` } } }),
  });
  const appUsers = () => {
    const byId = new Map(people.map((user) => [user.id, user]));
    const direct = assignedPeople.flatMap((id) => {
      const user = byId.get(id);
      return user === undefined ? [] : [appUser(user)];
    });
    const viaGroup = assignedGroups[0];
    return viaGroup === undefined ? direct : [...direct, ...groupMembers.map((user) => appUser(user, viaGroup))];
  };
  const groupAssignment = (id: string, priority: number): GroupAssignmentWithGroup => {
    const group = groups.find((candidate) => candidate.id === id) ?? directoryGroup(0);
    return { id, priority, profile: {}, lastUpdated: STAMP, _embedded: { group } };
  };
  const client = {
    apps: {
      read: async () => read(),
      get: async () => app,
      update: async (_id: string, body: OktaApp) => save(body),
      activate: async () => void save({ ...app, status: 'ACTIVE' }),
      deactivate: async () => void save({ ...app, status: 'INACTIVE' }),
      delete: async () => {
        if (app.status === 'ACTIVE') throw refused(403, 'E0000056', 'Delete application forbidden.');
      },
    },
    appKeys: {
      certificates: async (current: OktaApp, options: { now?: Date } = {}) =>
        signingCertificates(keys, activeKid(current), options.now ?? new Date()),
      metadataUrl: (current: OktaApp) => (current._links?.metadata as { href?: string } | undefined)?.href,
      generate: async (_id: string, { validityYears }: { validityYears: number }) => {
        const key = signingKey(`kid-${keys.length + 1}`, new Date(), validityYears * 365, true);
        keys.push(key);
        return key;
      },
      activate: async (_id: string, kid: string) =>
        save({ ...app, credentials: { ...app.credentials, signing: { kid } } }),
    },
    assignments: {
      async *users() {
        yield* appUsers();
      },
      usersPage: async (_id: string, { limit = 50, after }: { limit?: number; after?: string } = {}) =>
        page(appUsers(), limit, after),
      async *groups() {
        for (const [priority, id] of assignedGroups.entries()) yield groupAssignment(id, priority);
      },
      setGroupPriority: async (_id: string, groupId: string, priority: number) => {
        assignedGroups.splice(assignedGroups.indexOf(groupId), 1);
        assignedGroups.splice(priority, 0, groupId);
        return groupAssignment(groupId, priority);
      },
      searchUsers: async ({ q, limit = 20, after }: { q?: string; limit?: number; after?: string } = {}) => {
        const found = people.filter((user) =>
          [user.profile.login, user.profile.firstName, user.profile.lastName].some((field) =>
            matches(String(field), q),
          ),
        );
        return page(found, limit, after);
      },
      searchGroups: async ({ q, limit = 20, after }: { q?: string; limit?: number; after?: string } = {}) =>
        page(
          groups.filter((group) => matches(group.profile.name, q)),
          limit,
          after,
        ),
    },
    appUsers: {
      assign: async (_id: string, body: { id: string; credentials?: { userName?: string } }) => {
        if (app.status !== 'ACTIVE')
          throw refused(400, 'E0000001', 'Api validation failed', ['inactive_integration: the app is inactive']);
        if (body.credentials?.userName !== undefined) usernames.set(body.id, body.credentials.userName);
        if (!assignedPeople.includes(body.id)) assignedPeople.push(body.id);
        return appUser(people.find((user) => user.id === body.id) ?? directoryPerson(0));
      },
      unassign: async (_id: string, userId: string) => {
        assignedPeople.splice(assignedPeople.indexOf(userId), 1);
      },
    },
    appGroups: {
      assign: async (_id: string, groupId: string) => {
        assignedGroups.push(groupId);
        return groupAssignment(groupId, assignedGroups.length - 1);
      },
      unassign: async (_id: string, groupId: string) => {
        assignedGroups.splice(assignedGroups.indexOf(groupId), 1);
      },
    },
  };
  const published = () => {
    const { current, next } = signingCertificates(keys, activeKid(app), new Date());
    return [current, next].flatMap((status) => (status === undefined ? [] : [status.key]));
  };
  return {
    client: client as unknown as IntegrationClient,
    fetchMetadata: async () => idpMetadata(app, published()),
  };
}

/** The error a server answers a refused General save with: the label's rule, on the label field. */
export const labelRefused = () =>
  refused(
    400,
    'E0000001',
    'Api validation failed: label',
    ['label: Label must be no more than 100 characters'],
    ['PUT', '/api/v1/apps/0oa1saml'],
  );

/** A server that fails (HTTP 503) on every read. */
export const unavailable = () => refused(503, 'E0000009', 'Service unavailable', [], ['GET', '/api/v1/apps/0oa1saml']);
