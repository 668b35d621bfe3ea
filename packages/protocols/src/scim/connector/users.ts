import { URN } from '../client/messages.js';
import { eq } from '../client/profiles.js';
import type { ScimExchange } from '../client/transport.js';
import { at, type ProbeContext, verdict } from './context.js';
import type { ServerCapabilities } from './report.js';

/** The probe user's attributes. */
export interface ProbeUser {
  readonly userName: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string;
}

/** Attributes Okta's spec test requires on every listed and fetched user. */
const OKTA_USER_FIELDS = ['id', 'userName', 'name.givenName', 'name.familyName', 'active', 'emails[0].value'];

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The body Okta sends to create a user (its SPEC test's "Create Okta user"). */
export function oktaUserBody(user: ProbeUser, active = true): Record<string, unknown> {
  return {
    schemas: [URN.user],
    userName: user.userName,
    name: { givenName: user.givenName, familyName: user.familyName },
    emails: [{ primary: true, value: user.email, type: 'work' }],
    displayName: `${user.givenName} ${user.familyName}`,
    active,
  };
}

/** Creates the probe user the way Okta does, checks it reads back, and that a duplicate gets 409. */
export async function createProbe(ctx: ProbeContext, user: ProbeUser): Promise<string | undefined> {
  await ctx.check('probe.absent', async () => {
    const exchange = await ctx.send('GET', '/Users', { searchParams: { filter: eq('userName', user.userName) } });
    return verdict(
      `no user named ${user.userName} yet`,
      ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.listResponse),
      at(exchange.body, 'totalResults') === 0
        ? undefined
        : `filter for an unused userName found ${String(at(exchange.body, 'totalResults'))} users`,
    );
  });
  let id: string | undefined;
  await ctx.check('probe.create', async () => {
    const exchange = await ctx.send('POST', '/Users', { json: oktaUserBody(user) });
    const problem = ctx.problem(exchange, [201]) ?? ctx.scimBody(exchange, URN.user);
    if (problem) return { ok: false, message: problem };
    id = typeof at(exchange.body, 'id') === 'string' ? (at(exchange.body, 'id') as string) : undefined;
    return verdict(
      `created ${user.userName}`,
      id ? undefined : 'the created user has no id',
      at(exchange.body, 'userName') === user.userName ? undefined : 'userName differs from the one sent',
      at(exchange.body, 'name.givenName') === user.givenName ? undefined : 'name.givenName differs from the one sent',
      at(exchange.body, 'name.familyName') === user.familyName
        ? undefined
        : 'name.familyName differs from the one sent',
      at(exchange.body, 'active') === true ? undefined : 'active is not true',
    );
  });
  if (id === undefined) return undefined;
  const created = id;
  await ctx.check('probe.read', async () => {
    const exchange = await ctx.send('GET', `/Users/${encodeURIComponent(created)}`);
    return verdict(
      'the created user reads back',
      ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.user),
      at(exchange.body, 'userName') === user.userName ? undefined : 'userName does not read back',
      at(exchange.body, 'name.givenName') === user.givenName ? undefined : 'name.givenName does not read back',
    );
  });
  await ctx.check('probe.duplicate', async () => {
    const exchange = await ctx.send('POST', '/Users', { json: oktaUserBody(user) });
    const scimType = at(exchange.body, 'scimType');
    return verdict(
      'creating the same userName again is refused with 409',
      ctx.problem(exchange, [409]),
      exchange.status === 409 && scimType !== 'uniqueness'
        ? `409 without scimType "uniqueness" (got ${String(scimType)})`
        : undefined,
    );
  });
  return created;
}

/**
 * Creates a second user next to the probe, so a server that ignores `filter` or `startIndex`
 * cannot pass by holding a single user.
 */
export async function createSecondProbe(ctx: ProbeContext, user: ProbeUser): Promise<string | undefined> {
  let id: string | undefined;
  await ctx.check('probe.second.create', async () => {
    const exchange = await ctx.send('POST', '/Users', { json: oktaUserBody(user) });
    const problem = ctx.problem(exchange, [201]) ?? ctx.scimBody(exchange, URN.user);
    if (problem) return { ok: false, message: problem };
    const created = at(exchange.body, 'id');
    id = typeof created === 'string' ? created : undefined;
    return verdict(`created a second user, ${user.userName}`, id ? undefined : 'the created user has no id');
  });
  return id;
}

/** Okta's read checks: list shape, get by id, unknown id and userName, filter, case, paging. */
export async function checkReads(ctx: ProbeContext, known: ProbeUser | undefined): Promise<void> {
  let first: { id: string; userName: string } | undefined;
  await ctx.check('users.list', async () => {
    const exchange = await ctx.send('GET', '/Users', { searchParams: { count: 1, startIndex: 1 } });
    const problem = ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.listResponse);
    if (problem) return { ok: false, message: problem };
    const body = exchange.body;
    const numbers = ['itemsPerPage', 'startIndex', 'totalResults'].filter((key) => typeof at(body, key) !== 'number');
    const resources = at(body, 'Resources');
    if (!Array.isArray(resources) || resources.length === 0) {
      return verdict(
        '',
        ...numbers.map((key) => `${key} is not a number`),
        'Resources is empty (Okta needs at least one user to test)',
      );
    }
    const missing = OKTA_USER_FIELDS.filter((field) => !filled(at(resources[0], field)));
    first = { id: String(at(resources[0], 'id')), userName: String(at(resources[0], 'userName')) };
    return verdict(
      'the user list is a ListResponse with the attributes Okta needs',
      ...numbers.map((key) => `${key} is not a number`),
      missing.length > 0 ? `Resources[0] lacks ${missing.join(', ')}` : undefined,
    );
  });

  await ctx.check('users.get', async () => {
    if (first === undefined) return { ok: true, skipped: true, message: 'no listed user to fetch' };
    const exchange = await ctx.send('GET', `/Users/${encodeURIComponent(first.id)}`);
    const problem = ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.user);
    if (problem) return { ok: false, message: problem };
    const missing = OKTA_USER_FIELDS.filter((field) => !filled(at(exchange.body, field)));
    return verdict(
      'a listed user is fetched by id',
      missing.length > 0 ? `the user lacks ${missing.join(', ')}` : undefined,
      at(exchange.body, 'id') === first.id ? undefined : 'the fetched id differs from the requested one',
    );
  });

  await ctx.check('users.notFound', async () => {
    const exchange = await ctx.send('GET', `/Users/${crypto.randomUUID()}`);
    return verdict(
      'an unknown id answers a SCIM 404',
      ctx.problem(exchange, [404]) ?? ctx.scimErrorBody(exchange, 404),
    );
  });

  await ctx.check('users.filter.none', async () => {
    const exchange = await ctx.send('GET', '/Users', {
      searchParams: { filter: eq('userName', `integrakit-absent-${crypto.randomUUID()}@example.invalid`) },
    });
    return verdict(
      'a filter for an unknown userName finds nothing',
      ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.listResponse),
      at(exchange.body, 'totalResults') === 0
        ? undefined
        : `the filter matched ${String(at(exchange.body, 'totalResults'))} users: the server ignores filter=`,
    );
  });

  const target = known?.userName ?? first?.userName;
  await ctx.check('users.filter.match', async () => {
    if (target === undefined) return { ok: true, skipped: true, message: 'no known user to look up' };
    const exchange = await ctx.send('GET', '/Users', { searchParams: { filter: eq('userName', target) } });
    const names = (arrayAt(exchange, 'Resources') ?? []).map((user) => at(user, 'userName'));
    return verdict(
      `filter userName eq finds exactly ${target}`,
      ctx.problem(exchange, [200]),
      names.length === 1 && names[0] === target ? undefined : `the filter returned ${names.length} users`,
    );
  });

  await ctx.check(
    'users.filter.caseInsensitive',
    async () => {
      if (target === undefined) return { ok: true, skipped: true, message: 'no known user to look up' };
      const exchange = await ctx.send('GET', '/Users', { searchParams: { filter: eq('userName', swapCase(target)) } });
      const problem = ctx.problem(exchange, [200]);
      if (problem) return { ok: false, message: problem };
      const found = (arrayAt(exchange, 'Resources') ?? []).length;
      return verdict(
        'userName matches case-insensitively (RFC 7643 §4.1.1: caseExact false)',
        found === 1 ? undefined : 'userName eq with different case finds nobody: Okta may create duplicate accounts',
      );
    },
    'warning',
  );

  await ctx.check('users.paging', async () => {
    const one = await ctx.send('GET', '/Users', { searchParams: { startIndex: 1, count: 1 } });
    const two = await ctx.send('GET', '/Users', { searchParams: { startIndex: 2, count: 1 } });
    const problem = ctx.problem(one, [200]) ?? ctx.problem(two, [200]);
    if (problem) return { ok: false, message: problem };
    const total = at(one.body, 'totalResults');
    const [a, b] = [arrayAt(one, 'Resources') ?? [], arrayAt(two, 'Resources') ?? []];
    if (typeof total !== 'number' || total < 2) {
      return { ok: true, skipped: true, message: 'fewer than 2 users: paging cannot be observed' };
    }
    return verdict(
      'startIndex and count page through the users',
      a.length <= 1 && b.length <= 1 ? undefined : `count=1 returned ${Math.max(a.length, b.length)} resources`,
      at(two.body, 'startIndex') === 2
        ? undefined
        : `startIndex=2 answered startIndex ${String(at(two.body, 'startIndex'))}`,
      a.length === 1 && b.length === 1 && at(a[0], 'id') === at(b[0], 'id')
        ? 'startIndex=2 returned the same user as startIndex=1: the server ignores startIndex'
        : undefined,
    );
  });
}

/** PUT, PATCH and deactivation of the probe, compared with what the server claims. */
export async function checkWrites(
  ctx: ProbeContext,
  id: string,
  user: ProbeUser,
  capabilities: ServerCapabilities,
): Promise<void> {
  const path = `/Users/${encodeURIComponent(id)}`;
  await ctx.check('probe.replace', async () => {
    const exchange = await ctx.send('PUT', path, {
      json: oktaUserBody({ ...user, familyName: `${user.familyName}-put` }),
    });
    return verdict(
      'PUT replaces the user (Okta pushes profile updates this way)',
      ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.user),
      at(exchange.body, 'name.familyName') === `${user.familyName}-put`
        ? undefined
        : 'the replaced name.familyName did not stick',
    );
  });
  await ctx.check('probe.patch', async () => {
    if (!capabilities.patch) return { ok: true, skipped: true, message: 'the server says PATCH is unsupported' };
    const json = {
      schemas: [URN.patchOp],
      Operations: [{ op: 'replace', path: 'name.givenName', value: `${user.givenName}-patch` }],
    };
    const exchange = await ctx.send('PATCH', path, { json });
    const problem = ctx.problem(exchange, [200, 204]);
    if (problem) return { ok: false, message: `ServiceProviderConfig claims patch.supported=true, but ${problem}` };
    const after = await ctx.send('GET', path);
    return verdict(
      'PATCH replace with a path works, as claimed',
      at(after.body, 'name.givenName') === `${user.givenName}-patch`
        ? undefined
        : 'PATCH answered success but the change did not stick',
    );
  });
  await ctx.check('probe.deactivate', async () => {
    if (!capabilities.patch) return { ok: true, skipped: true, message: 'the server says PATCH is unsupported' };
    const json = { schemas: [URN.patchOp], Operations: [{ op: 'replace', path: 'active', value: false }] };
    const exchange = await ctx.send('PATCH', path, { json });
    const problem = ctx.problem(exchange, [200, 204]);
    if (problem) return { ok: false, message: `ServiceProviderConfig claims patch.supported=true, but ${problem}` };
    const after = await ctx.send('GET', path);
    return verdict(
      'PATCH active=false deactivates the user',
      at(after.body, 'active') === false ? undefined : 'active is still not false',
    );
  });
}

/** Deletes a probe user and checks it is gone, as check `checkId`. */
export async function deleteProbe(ctx: ProbeContext, id: string, checkId: string): Promise<void> {
  await ctx.check(checkId, async () => {
    const path = `/Users/${encodeURIComponent(id)}`;
    const exchange = await ctx.send('DELETE', path);
    const problem = ctx.problem(exchange, [204]);
    if (problem) return { ok: false, message: problem };
    const after = await ctx.send('GET', path);
    return verdict('DELETE removes the user', ctx.problem(after, [404]));
  });
}

function arrayAt(exchange: ScimExchange, path: string): unknown[] | undefined {
  const value = at(exchange.body, path);
  return Array.isArray(value) ? value : undefined;
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}
