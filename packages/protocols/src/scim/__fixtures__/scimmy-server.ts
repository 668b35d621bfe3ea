import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';

/** Credentials the loopback SCIM server accepts. */
export interface PeerCredentials {
  readonly token: string;
  readonly basic: { readonly username: string; readonly password: string };
  readonly oauth: { readonly clientId: string; readonly clientSecret: string };
}

/** A running scimmy + scimmy-routers server on 127.0.0.1 (express 4). */
export interface ScimmyPeer {
  readonly baseUrl: string;
  readonly tokenUrl: string;
  /** How many OAuth tokens the token endpoint has issued. */
  readonly issuedTokens: () => number;
  close(): Promise<void>;
}

type Stored = Record<string, unknown> & { id: string };

/**
 * Starts a real SCIM 2.0 server. SCIMMY leaves filtering, 404 and 409 to the handlers
 * (interop-peers §5.1 pitfalls 1–2), so they are implemented here. SCIMMY's configuration is
 * global, so one peer per test file.
 */
export async function startScimmyPeer(
  credentials: PeerCredentials,
  options: { seedUsers?: number } = {},
): Promise<ScimmyPeer> {
  const users = new Map<string, Stored>();
  const groups = new Map<string, Stored>();
  const accessTokens = new Set<string>();

  SCIMMY.Config.set({ patch: true, filter: true, sort: true, bulk: false, changePassword: false, etag: false });
  declare(SCIMMY.Resources.User, users, (user) => String(user.userName ?? '').toLowerCase(), 'userName');
  declare(SCIMMY.Resources.Group, groups, (group) => String(group.displayName ?? ''), 'displayName');

  for (let index = 1; index <= (options.seedUsers ?? 0); index += 1) {
    const id = randomUUID();
    users.set(id, {
      id,
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: `seed${index}@example.com`,
      name: { givenName: `Seed${index}`, familyName: 'User' },
      emails: [{ value: `seed${index}@example.com`, type: 'work', primary: true }],
      active: true,
      meta: { created: new Date(), lastModified: new Date() },
    });
  }

  const app = express();
  app.post('/oauth/token', express.urlencoded({ extended: false }), (req, res) => {
    const expected = `Basic ${Buffer.from(`${credentials.oauth.clientId}:${credentials.oauth.clientSecret}`).toString('base64')}`;
    if (req.header('authorization') !== expected || req.body?.grant_type !== 'client_credentials') {
      res.status(401).json({ error: 'invalid_client' });
      return;
    }
    const token = randomUUID();
    accessTokens.add(token);
    res.json({ access_token: token, token_type: 'Bearer', expires_in: 300 });
  });
  const basic = `Basic ${Buffer.from(`${credentials.basic.username}:${credentials.basic.password}`).toString('base64')}`;
  app.use(
    '/scim/v2',
    new SCIMMYRouters({
      type: 'bearer',
      handler: (req: express.Request) => {
        const header = req.header('authorization') ?? '';
        if (header === `Bearer ${credentials.token}` || header === basic) return 'admin';
        if (header.startsWith('Bearer ') && accessTokens.has(header.slice(7))) return 'oauth-client';
        throw new Error('Authorization failed');
      },
    }) as unknown as express.Router,
  );

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/scim/v2`,
    tokenUrl: `${origin}/oauth/token`,
    issuedTokens: () => accessTokens.size,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type ResourceClass = typeof SCIMMY.Resources.User | typeof SCIMMY.Resources.Group;

function declare(
  Resource: ResourceClass,
  store: Map<string, Stored>,
  key: (r: Record<string, unknown>) => string,
  unique: string,
) {
  // Both classes share the handler API; the union is not callable in SCIMMY's typings.
  SCIMMY.Resources.declare(Resource as typeof SCIMMY.Resources.User)
    .ingress((resource, data) => {
      const record = data as unknown as Record<string, unknown>;
      const clash = [...store.values()].find((other) => other.id !== resource.id && key(other) === key(record));
      if (clash) throw new SCIMMY.Types.Error(409, 'uniqueness', `${unique} is already taken`);
      if (resource.id !== undefined && !store.has(resource.id)) {
        throw new SCIMMY.Types.Error(404, null as never, `Resource ${resource.id} not found`);
      }
      const id = resource.id ?? randomUUID();
      const previous = store.get(id);
      const now = new Date();
      const stored: Stored = {
        ...record,
        id,
        meta: { created: (previous?.meta as { created?: Date } | undefined)?.created ?? now, lastModified: now },
      };
      store.set(id, stored);
      return stored as never;
    })
    .egress((resource) => {
      if (resource.id !== undefined) {
        const found = store.get(resource.id);
        if (!found) throw new SCIMMY.Types.Error(404, null as never, `Resource ${resource.id} not found`);
        return found as never;
      }
      const all = [...store.values()];
      // SCIMMY does not filter what the handler returns (interop-peers §5.1 pitfall 1).
      return (resource.filter ? resource.filter.match(all as never) : all) as never;
    })
    .degress((resource) => {
      if (resource.id === undefined || !store.delete(resource.id)) {
        throw new SCIMMY.Types.Error(404, null as never, `Resource ${String(resource.id)} not found`);
      }
    });
}
