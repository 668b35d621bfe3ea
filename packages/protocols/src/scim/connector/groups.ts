import { URN } from '../client/messages.js';
import { type InteropProfileName, interopProfiles, type PatchOperation } from '../client/profiles.js';
import { at, type ProbeContext, verdict } from './context.js';
import type { ConnectorCheck, ProfileReport, ServerCapabilities } from './report.js';
import { oktaUserBody, type ProbeUser } from './users.js';

// Okta's spec test fails a Groups endpoint slower than this.
const OKTA_GROUPS_MAX_MS = 600;

/** Okta's optional Groups check: `GET /Groups` answers 200 within 600 ms. */
export async function checkGroupList(ctx: ProbeContext, capabilities: ServerCapabilities): Promise<void> {
  const needed = ctx.config.actions.includes('pushGroups') || ctx.config.actions.includes('importGroups');
  await ctx.check(
    'groups.list',
    async () => {
      if (!capabilities.resourceTypes.includes('Group') && !needed) {
        return { ok: true, skipped: true, message: 'no Group resource type and no group action chosen' };
      }
      const exchange = await ctx.send('GET', '/Groups');
      const problem = ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.listResponse);
      return verdict(
        `GET /Groups answers in ${exchange.elapsedMs} ms`,
        problem,
        exchange.elapsedMs < OKTA_GROUPS_MAX_MS
          ? undefined
          : `GET /Groups took ${exchange.elapsedMs} ms (Okta allows ${OKTA_GROUPS_MAX_MS})`,
      );
    },
    needed ? 'error' : 'warning',
  );
}

/** One request of a profile: the PATCH it sends and what must hold afterwards. */
interface ProfileRequest {
  readonly id: string;
  readonly target: 'user' | 'group';
  readonly operations: (ids: { user: string; other: string }) => PatchOperation[];
  readonly expect: (resource: unknown, ids: { user: string; other: string }) => string | undefined;
}

const memberIds = (group: unknown) =>
  ((at(group, 'members') as { value?: string }[] | undefined) ?? []).map((m) => m.value);

const requests: Record<Exclude<InteropProfileName, 'rfc'>, ProfileRequest[]> = {
  okta: [
    {
      id: 'deactivate-replace-without-path',
      target: 'user',
      operations: () => interopProfiles.okta.deactivate(),
      expect: (user) => (at(user, 'active') === false ? undefined : 'active is not false afterwards'),
    },
    {
      id: 'reactivate-replace-without-path',
      target: 'user',
      operations: () => interopProfiles.okta.reactivate(),
      expect: (user) => (at(user, 'active') === true ? undefined : 'active is not true afterwards'),
    },
    {
      id: 'group-add-member',
      target: 'group',
      operations: ({ user, other }) => interopProfiles.okta.addMembers([user, other]),
      expect: (group, { user, other }) =>
        memberIds(group).includes(user) && memberIds(group).includes(other) ? undefined : 'the members were not added',
    },
    {
      id: 'group-remove-member-by-filter',
      target: 'group',
      operations: ({ user }) => interopProfiles.okta.removeMembers([user]),
      expect: (group, { user, other }) =>
        !memberIds(group).includes(user) && memberIds(group).includes(other)
          ? undefined
          : 'members[value eq] did not remove just that member',
    },
    {
      id: 'group-push-empty-members',
      target: 'group',
      operations: () => interopProfiles.okta.setMembers([]),
      expect: (group) => (memberIds(group).length === 0 ? undefined : 'replace members [] left members behind'),
    },
  ],
  entra: [
    {
      id: 'capitalised-op',
      target: 'user',
      operations: () => [{ op: 'Replace', path: 'displayName', value: 'Entra Probe' }],
      expect: (user) => (at(user, 'displayName') === 'Entra Probe' ? undefined : 'displayName did not change'),
    },
    {
      id: 'deactivate-string-boolean',
      target: 'user',
      operations: () => interopProfiles.entra.deactivate(),
      expect: (user) => (at(user, 'active') === false ? undefined : 'active is not the boolean false afterwards'),
    },
    {
      id: 'filtered-path',
      target: 'user',
      operations: () => [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'entra.probe@example.com' }],
      expect: (user) =>
        ((at(user, 'emails') as { type?: string; value?: string }[] | undefined) ?? []).some(
          (email) => email.type === 'work' && email.value === 'entra.probe@example.com',
        )
          ? undefined
          : 'the work email did not change',
    },
    {
      id: 'group-add-member',
      target: 'group',
      operations: ({ user, other }) => interopProfiles.entra.addMembers([user, other]),
      expect: (group, { user, other }) =>
        memberIds(group).includes(user) && memberIds(group).includes(other) ? undefined : 'the members were not added',
    },
    {
      id: 'group-remove-member-by-value',
      target: 'group',
      operations: ({ user }) => interopProfiles.entra.removeMembers([user]),
      expect: (group, { user, other }) =>
        !memberIds(group).includes(user) && memberIds(group).includes(other)
          ? undefined
          : 'remove with a value list did not remove just that member',
    },
  ],
};

/** Sends each profile's request shapes to fresh probe resources and reports which the server handles. */
export async function checkProfiles(
  ctx: ProbeContext,
  names: readonly Exclude<InteropProfileName, 'rfc'>[],
  probe: ProbeUser,
  capabilities: ServerCapabilities,
): Promise<Record<string, ProfileReport>> {
  const reports: Record<string, ProfileReport> = {};
  for (const name of names) {
    const results: ConnectorCheck[] = [];
    const suffix = `${name}-${crypto.randomUUID().slice(0, 8)}`;
    const created: { path: string }[] = [];
    const make = async (path: string, json: unknown) => {
      const exchange = await ctx.send('POST', path, { json });
      const id = at(exchange.body, 'id');
      if (exchange.status !== 201 || typeof id !== 'string') return undefined;
      created.push({ path: `${path}/${encodeURIComponent(id)}` });
      return id;
    };
    const user = await make('/Users', oktaUserBody({ ...probe, userName: `${suffix}.${probe.userName}` }));
    const other = await make('/Users', oktaUserBody({ ...probe, userName: `${suffix}.other.${probe.userName}` }));
    const group = capabilities.resourceTypes.includes('Group')
      ? await make('/Groups', { schemas: [URN.group], displayName: `integrakit-${suffix}`, members: [] })
      : undefined;
    for (const request of requests[name]) {
      await ctx.check(
        `${name}.${request.id}`,
        async () => {
          const target = request.target === 'user' ? user : group;
          if (user === undefined || other === undefined || target === undefined) {
            return { ok: false, message: `could not create the probe ${request.target} for this request` };
          }
          const path = `/${request.target === 'user' ? 'Users' : 'Groups'}/${encodeURIComponent(target)}`;
          const json = { schemas: [URN.patchOp], Operations: request.operations({ user, other }) };
          const exchange = await ctx.send('PATCH', path, { json });
          const problem = ctx.problem(exchange, [200, 204]);
          if (problem) return { ok: false, message: problem };
          const after = await ctx.send('GET', path);
          return verdict(
            `handled: ${JSON.stringify(json.Operations)}`,
            ctx.problem(after, [200]) ?? request.expect(after.body, { user, other }),
          );
        },
        'error',
        results,
      );
    }
    for (const { path } of created.reverse()) await ctx.send('DELETE', path);
    reports[name] = {
      ok: results.every((result) => result.ok),
      description: interopProfiles[name].description,
      requests: results,
    };
  }
  return reports;
}
