import { CreateGroupRequestSchema, CreateUserRequestSchema } from '@integrakit/core/client';
import { type Context, Hono } from 'hono';
import { readBody } from '../body.js';
import { baseUrl, linkHeader, type ServerContext } from '../context.js';
import { notFound, OktaHttpError } from '../errors.js';
import { groupTarget, userTarget } from '../log/targets.js';
import type { Db } from '../store/database.js';
import type { StoredGroup, StoredUser } from '../store/directory.js';
import { createPasswordStore, hashPassword } from '../store/passwords.js';
import { intParam } from './query.js';

/** A user as Okta's API returns it. */
export const userJson = (c: Context, user: StoredUser) => ({
  ...user,
  _links: { self: { href: `${baseUrl(c)}/api/v1/users/${user.id}` } },
});
/** A group as Okta's API returns it. */
export const groupJson = (c: Context, group: StoredGroup) => ({
  ...group,
  _links: { self: { href: `${baseUrl(c)}/api/v1/groups/${group.id}` } },
});
/** An Okta-style id: `prefix` and 17 random characters. */
export const okId = (prefix: string) => `${prefix}${crypto.randomUUID().replaceAll('-', '').slice(0, 17)}`;

/** A new Okta group (`OKTA_GROUP`) with `profile`, created at `time`. */
export const newOktaGroup = (profile: StoredGroup['profile'], time = new Date().toISOString()): StoredGroup => ({
  id: okId('00g'),
  type: 'OKTA_GROUP',
  created: time,
  lastUpdated: time,
  lastMembershipUpdated: time,
  objectClass: ['okta:user_group'],
  profile,
});

/**
 * One page of a `seq`-ordered list, whose `after` cursor is the last seen sequence number: reads one row
 * more than the page to know whether a next-page `Link` is due.
 */
function seqPage<T extends { seq: number }>(
  c: Context,
  rows: (after: number, limit: number, q: string | undefined) => T[],
  json: (row: T) => unknown,
): Response {
  const limit = intParam(c.req.query('limit'), 'limit', 200, 1, 200);
  const found = rows(intParam(c.req.query('after'), 'after', 0, 0, 2 ** 31), limit + 1, c.req.query('q'));
  const page = found.slice(0, limit);
  const last = page.at(-1);
  c.header(
    'Link',
    linkHeader(
      c,
      found.length > limit && last !== undefined ? { after: String(last.seq), limit: String(limit) } : undefined,
    ),
  );
  return c.json(page.map(json));
}

/** `/api/v1/users`: the people apps are assigned to. */
export function userRoutes(ctx: ServerContext, db: Db): Hono {
  const app = new Hono();
  const passwords = createPasswordStore(db);
  app.post('/', async (c) => {
    const activate = c.req.query('activate') !== 'false';
    const { profile, credentials } = await readBody(c, CreateUserRequestSchema);
    // Hashed before the write: scrypt runs on libuv's threads, not inside the transaction.
    const hash = credentials === undefined ? undefined : await hashPassword(credentials.password.value);
    const time = new Date().toISOString();
    const user: StoredUser = {
      id: okId('00u'),
      status: activate ? 'ACTIVE' : 'STAGED',
      created: time,
      lastUpdated: time,
      activated: activate ? time : null,
      statusChanged: activate ? time : null,
      profile,
    };
    const inserted = await ctx.withWrite(async () => {
      const added = ctx.directory.insertUser(user);
      if (added && hash !== undefined) passwords.set(user.id, hash);
      if (added) {
        ctx.log.record(c, {
          eventType: 'user.lifecycle.create',
          displayMessage: 'Create okta user',
          target: [userTarget(user)],
        });
      }
      return added;
    });
    if (!inserted) {
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed: login', [
        'login: An object with this field already exists in the current organization',
      ]);
    }
    return c.json(userJson(c, user));
  });
  app.get('/', (c) =>
    seqPage(
      c,
      (after, limit, q) => ctx.directory.users(after, limit, q),
      (row) => userJson(c, row.user),
    ),
  );
  app.get('/:userId', (c) => {
    const user = ctx.directory.user(c.req.param('userId'));
    if (user === undefined) throw notFound(`${c.req.param('userId')} (User)`);
    return c.json(userJson(c, user));
  });
  return app;
}

/** `/api/v1/groups` and memberships. */
export function groupRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const requireGroup = (id: string) => {
    const group = ctx.directory.group(id);
    if (group === undefined) throw notFound(`${id} (UserGroup)`);
    return group;
  };
  app.post('/', async (c) => {
    const { profile } = await readBody(c, CreateGroupRequestSchema);
    const group = newOktaGroup(profile);
    await ctx.withWrite(async () => {
      ctx.directory.insertGroup(group);
      ctx.log.record(c, {
        eventType: 'group.lifecycle.create',
        displayMessage: 'Create okta group',
        target: [groupTarget(group)],
      });
    });
    return c.json(groupJson(c, group));
  });
  app.get('/', (c) =>
    seqPage(
      c,
      (after, limit, q) => ctx.directory.groups(after, limit, q),
      (row) => groupJson(c, row.group),
    ),
  );
  app.get('/:groupId', (c) => c.json(groupJson(c, requireGroup(c.req.param('groupId')))));
  app.get('/:groupId/users', (c) => {
    requireGroup(c.req.param('groupId'));
    const users = ctx.directory.memberIds(c.req.param('groupId')).flatMap((id) => {
      const user = ctx.directory.user(id);
      return user === undefined ? [] : [userJson(c, user)];
    });
    c.header('Link', linkHeader(c, undefined));
    return c.json(users);
  });
  app.put('/:groupId/users/:userId', async (c) => {
    const { groupId, userId } = c.req.param();
    const group = requireGroup(groupId);
    const user = ctx.directory.user(userId);
    if (user === undefined) throw notFound(`${userId} (User)`);
    await ctx.withWrite(async () => {
      if (!ctx.directory.addMember(groupId, userId)) return;
      ctx.log.record(c, {
        eventType: 'group.user_membership.add',
        displayMessage: 'Add user to group membership',
        target: [userTarget(user), groupTarget(group)],
      });
    });
    return c.body(null, 204);
  });
  app.delete('/:groupId/users/:userId', async (c) => {
    const { groupId, userId } = c.req.param();
    const group = requireGroup(groupId);
    const user = ctx.directory.user(userId);
    const removed = await ctx.withWrite(async () => {
      const gone = ctx.directory.removeMember(groupId, userId);
      if (gone && user !== undefined) {
        ctx.log.record(c, {
          eventType: 'group.user_membership.remove',
          displayMessage: 'Remove user from group membership',
          target: [userTarget(user), groupTarget(group)],
        });
      }
      return gone;
    });
    if (!removed) throw notFound(`${userId} (GroupMembership)`);
    return c.body(null, 204);
  });
  return app;
}
