import type { Integration } from '@integrakit/core';
import type { AssignmentRecord, EffectiveAssignment } from '@integrakit/core/assignment';
import {
  AppUserAssignRequestSchema,
  AppUserUpdateRequestSchema,
  GrantRequestSchema,
  GroupAssignmentRequestSchema,
} from '@integrakit/core/client';
import { OKTA_SCOPE_NAMES } from '@integrakit/protocols/api-service';
import { type Context, Hono } from 'hono';
import { readBody } from '../body.js';
import { baseUrl, linkHeader, type ServerContext } from '../context.js';
import { notFound, OktaHttpError } from '../errors.js';
import { appTarget, appUserTarget, groupTarget, scopeTarget, userTarget } from '../log/targets.js';
import { groupJson, userJson } from './directory.js';
import { intParam } from './query.js';

/** Slices `items` after the item whose id is `after`, with a `Link` header for the rest. */
function pageOf<T extends { id: string }>(c: Context, items: readonly T[], limit: number): T[] {
  const after = c.req.query('after');
  const start = after === undefined ? 0 : items.findIndex((item) => item.id === after) + 1;
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  c.header(
    'Link',
    linkHeader(
      c,
      start + limit < items.length && last !== undefined ? { after: last.id, limit: String(limit) } : undefined,
    ),
  );
  return page;
}

/** App users, app groups and grants of one app. */
export function assignmentRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const scopes = new Set<string>(OKTA_SCOPE_NAMES);

  /** The direct assignment of one user or group to an app, if it has one. */
  const stored = async <T extends AssignmentRecord['type']>(appId: string, type: T, id: string) =>
    (await ctx.store.listAssignments(appId)).find(
      (item): item is Extract<AssignmentRecord, { type: T }> => item.type === type && item.id === id,
    );

  /** Targets of a membership event: the app user (by app username), the app, and the person. */
  const membershipTargets = async (appId: string, userId: string, username: string | null) => {
    const user = ctx.directory.user(userId);
    if (user === undefined) throw notFound(`${userId} (User)`);
    return [appUserTarget(userId, username), appTarget(await ctx.store.get(appId)), userTarget(user)];
  };
  const groupAssignmentTargets = async (appId: string, groupId: string) => {
    const group = ctx.directory.group(groupId);
    if (group === undefined) throw notFound(`${groupId} (UserGroup)`);
    return [appTarget(await ctx.store.get(appId)), groupTarget(group)];
  };

  /** An app user as Okta's API returns it, for an `integration` already read. */
  const appUserJson = (c: Context, assignment: EffectiveAssignment, integration: Integration) => {
    const self = `${baseUrl(c)}/api/v1/apps/${assignment.integrationId}/users/${assignment.userId}`;
    return {
      id: assignment.userId,
      created: integration.created,
      lastUpdated: integration.lastUpdated,
      scope: assignment.scope,
      status: 'ACTIVE',
      statusChanged: integration.lastUpdated,
      syncState: 'DISABLED',
      credentials: assignment.username === null ? {} : { userName: assignment.username },
      profile: { ...assignment.profile },
      _links: {
        app: { href: `${baseUrl(c)}/api/v1/apps/${assignment.integrationId}` },
        user: { href: `${baseUrl(c)}/api/v1/users/${assignment.userId}` },
        self: { href: self },
        ...(assignment.groupId === undefined
          ? {}
          : { group: { href: `${baseUrl(c)}/api/v1/groups/${assignment.groupId}` } }),
      },
    };
  };
  const appUser = async (c: Context, assignment: EffectiveAssignment) => {
    if (ctx.directory.user(assignment.userId) === undefined) throw notFound(assignment.userId);
    return appUserJson(c, assignment, await ctx.store.get(assignment.integrationId));
  };
  const effective = async (appId: string, userId: string) => {
    const found = await ctx.assignments.effective(appId, userId);
    if (found === null) throw notFound(`${userId} (AppUser)`);
    return found;
  };
  const groupAssignment = (
    c: Context,
    appId: string,
    record: { id: string; priority: number; profile: Record<string, unknown> },
    lastUpdated: string,
  ) => ({
    id: record.id,
    priority: record.priority,
    profile: record.profile,
    lastUpdated,
    _links: {
      app: { href: `${baseUrl(c)}/api/v1/apps/${appId}` },
      group: { href: `${baseUrl(c)}/api/v1/groups/${record.id}` },
      self: { href: `${baseUrl(c)}/api/v1/apps/${appId}/groups/${record.id}` },
    },
  });

  app.get('/:appId/users', async (c) => {
    const appId = c.req.param('appId');
    const limit = intParam(c.req.query('limit'), 'limit', 50, 1, 500);
    const records = await ctx.store.listAssignments(appId);
    const ids = new Set<string>();
    for (const record of records) {
      if (record.type === 'user') ids.add(record.id);
      else for (const member of ctx.directory.memberIds(record.id)) ids.add(member);
    }
    const users = [...ids].sort().map((id) => ({ id }));
    const page = pageOf(c, users, limit);
    // Okta's `expand=user` embeds each person, so a list screen needs no request per row.
    const expandUser = c.req.query('expand') === 'user';
    // One read of the app and its assignments for the whole page, not one per person.
    const found = await ctx.assignments.effectiveMany(
      appId,
      page.map(({ id }) => id),
    );
    const integration = await ctx.store.get(appId);
    const out = page.map(({ id }, index) => {
      const assignment = found[index];
      const user = ctx.directory.user(id);
      if (assignment === null || assignment === undefined || user === undefined) throw notFound(`${id} (AppUser)`);
      const json = appUserJson(c, assignment, integration);
      return expandUser ? { ...json, _embedded: { user: userJson(c, user) } } : json;
    });
    return c.json(out);
  });
  app.post('/:appId/users', async (c) => {
    const appId = c.req.param('appId');
    const body = await readBody(c, AppUserAssignRequestSchema);
    const assigned = await ctx.withWrite(async () => {
      const result = await ctx.assignments.assignUser(appId, body.id, {
        ...(body.credentials?.userName === undefined ? {} : { username: body.credentials.userName }),
        ...(body.profile === undefined ? {} : { profile: body.profile }),
      });
      ctx.log.record(c, {
        eventType: 'application.user_membership.add',
        displayMessage: 'Add user to application membership',
        target: await membershipTargets(appId, body.id, result.username),
      });
      return result;
    });
    return c.json(await appUser(c, assigned));
  });
  app.get('/:appId/users/:userId', async (c) =>
    c.json(await appUser(c, await effective(c.req.param('appId'), c.req.param('userId')))),
  );
  app.post('/:appId/users/:userId', async (c) => {
    const appId = c.req.param('appId');
    const userId = c.req.param('userId');
    const body = await readBody(c, AppUserUpdateRequestSchema);
    const updated = await ctx.withWrite(async () => {
      const record = await stored(appId, 'user', userId);
      if (record === undefined) throw notFound(`${userId} (AppUser)`);
      const before = await effective(appId, userId);
      const username = body.credentials?.userName ?? record.username;
      await ctx.store.saveAssignment({
        ...record,
        profile: { ...record.profile, ...body.profile },
        ...(username === undefined ? {} : { username }),
      });
      const after = await effective(appId, userId);
      if (after.username !== before.username) {
        ctx.log.record(c, {
          eventType: 'application.user_membership.change_username',
          displayMessage: 'Change user name for application membership',
          target: await membershipTargets(appId, userId, after.username),
        });
      }
      return after;
    });
    return c.json(await appUser(c, updated));
  });
  app.delete('/:appId/users/:userId', async (c) => {
    const { appId, userId } = c.req.param();
    await ctx.withWrite(async () => {
      const target = await membershipTargets(appId, userId, (await effective(appId, userId)).username);
      await ctx.assignments.unassignUser(appId, userId);
      ctx.log.record(c, {
        eventType: 'application.user_membership.remove',
        displayMessage: 'Remove user from application membership',
        target,
      });
    });
    return c.body(null, 204);
  });

  app.get('/:appId/groups', async (c) => {
    const appId = c.req.param('appId');
    const limit = intParam(c.req.query('limit'), 'limit', 20, 1, 200);
    const integration = await ctx.store.get(appId);
    const groups = (await ctx.store.listAssignments(appId)).flatMap((record) =>
      record.type === 'group' ? [record] : [],
    );
    const expandGroup = c.req.query('expand') === 'group';
    return c.json(
      pageOf(c, groups, limit).map((record) => {
        const json = groupAssignment(c, appId, record, integration.lastUpdated);
        const group = expandGroup ? ctx.directory.group(record.id) : undefined;
        return group === undefined ? json : { ...json, _embedded: { group: groupJson(c, group) } };
      }),
    );
  });
  app.get('/:appId/groups/:groupId', async (c) => {
    const appId = c.req.param('appId');
    const groupId = c.req.param('groupId');
    const integration = await ctx.store.get(appId);
    const record = await stored(appId, 'group', groupId);
    if (record === undefined) throw notFound(`${groupId} (ApplicationGroupAssignment)`);
    return c.json(groupAssignment(c, appId, record, integration.lastUpdated));
  });
  app.put('/:appId/groups/:groupId', async (c) => {
    const appId = c.req.param('appId');
    const groupId = c.req.param('groupId');
    const body = await readBody(c, GroupAssignmentRequestSchema);
    const record = await ctx.withWrite(async () => {
      // Re-assigning updates: remove and insert at the requested priority, in the same transaction.
      const existed = (await stored(appId, 'group', groupId)) !== undefined;
      if (existed) await ctx.assignments.unassignGroup(appId, groupId);
      await ctx.assignments.assignGroup(appId, groupId, {
        ...(body.priority === undefined ? {} : { priority: body.priority }),
        ...(body.profile === undefined ? {} : { profile: body.profile }),
      });
      const saved = await stored(appId, 'group', groupId);
      if (saved === undefined) throw notFound(groupId);
      if (!existed) {
        ctx.log.record(c, {
          eventType: 'group.application_assignment.add',
          displayMessage: 'Add assigned application to group',
          target: await groupAssignmentTargets(appId, groupId),
        });
      }
      return saved;
    });
    return c.json(groupAssignment(c, appId, record, new Date().toISOString()));
  });
  app.delete('/:appId/groups/:groupId', async (c) => {
    const { appId, groupId } = c.req.param();
    await ctx.withWrite(async () => {
      const target = await groupAssignmentTargets(appId, groupId);
      await ctx.assignments.unassignGroup(appId, groupId);
      ctx.log.record(c, {
        eventType: 'group.application_assignment.remove',
        displayMessage: 'Remove assigned application from group',
        target,
      });
    });
    return c.body(null, 204);
  });

  const grantJson = (c: Context, grant: ReturnType<ServerContext['directory']['grants']>[number]) => {
    const { appId, ...rest } = grant;
    return {
      ...rest,
      _links: {
        app: { href: `${baseUrl(c)}/api/v1/apps/${appId}` },
        self: { href: `${baseUrl(c)}/api/v1/apps/${appId}/grants/${grant.id}` },
      },
    };
  };
  app.get('/:appId/grants', async (c) => {
    const appId = c.req.param('appId');
    await ctx.store.get(appId);
    return c.json(ctx.directory.grants(appId).map((grant) => grantJson(c, grant)));
  });
  app.post('/:appId/grants', async (c) => {
    const appId = c.req.param('appId');
    const body = await readBody(c, GrantRequestSchema);
    const integration = await ctx.store.get(appId);
    if (integration.signOn.protocol !== 'oidc') {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [
        'appId: scopes can only be granted to OAuth 2.0 client apps',
      ]);
    }
    const causes = [];
    if (!scopes.has(body.scopeId)) causes.push(`scopeId: '${body.scopeId}' is not an Okta API scope`);
    if (new URL(body.issuer).origin !== baseUrl(c)) causes.push("issuer: must be this org's URL");
    if (causes.length > 0) throw new OktaHttpError(400, 'E0000001', 'Api validation failed', causes);
    const time = new Date().toISOString();
    const grant = {
      id: `oag${crypto.randomUUID().replaceAll('-', '').slice(0, 17)}`,
      appId,
      issuer: body.issuer,
      scopeId: body.scopeId,
      clientId: String(integration.signOn.config.clientId ?? appId),
      source: 'ADMIN' as const,
      status: 'ACTIVE' as const,
      created: time,
      lastUpdated: time,
    };
    const inserted = await ctx.withWrite(async () => {
      const added = ctx.directory.insertGrant(grant);
      if (added) {
        ctx.log.record(c, {
          eventType: 'app.oauth2.as.consent.grant',
          displayMessage: 'Grant an Okta API scope to an OAuth 2.0 client app',
          target: [appTarget(integration), scopeTarget(grant.id, body.scopeId)],
        });
      }
      return added;
    });
    if (!inserted)
      throw new OktaHttpError(409, 'E0000001', 'Api validation failed', [
        `scopeId: '${body.scopeId}' is already granted`,
      ]);
    return c.json(grantJson(c, grant), 201);
  });
  app.get('/:appId/grants/:grantId', async (c) => {
    const grant = ctx.directory.grant(c.req.param('appId'), c.req.param('grantId'));
    if (grant === undefined) throw notFound(`${c.req.param('grantId')} (OAuth2ScopeConsentGrant)`);
    return c.json(grantJson(c, grant));
  });
  app.delete('/:appId/grants/:grantId', async (c) => {
    const { appId, grantId } = c.req.param();
    const removed = await ctx.withWrite(async () => {
      const grant = ctx.directory.grant(appId, grantId);
      if (grant === undefined || !ctx.directory.removeGrant(appId, grantId)) return false;
      ctx.log.record(c, {
        eventType: 'app.oauth2.as.consent.revoke',
        displayMessage: 'Revoke an Okta API scope from an OAuth 2.0 client app',
        target: [appTarget(await ctx.store.get(appId)), scopeTarget(grant.id, grant.scopeId)],
      });
      return true;
    });
    if (!removed) throw notFound(`${c.req.param('grantId')} (OAuth2ScopeConsentGrant)`);
    return c.body(null, 204);
  });
  return app;
}
