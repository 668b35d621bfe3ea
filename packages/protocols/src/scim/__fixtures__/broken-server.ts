import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the hand-written server gets wrong; nothing set gives a small, correct SCIM server. */
export interface Faults {
  /** Content-Type of every response. @default 'application/scim+json' */
  readonly contentType?: string;
  /** Leave `schemas` out of every body. */
  readonly omitSchemas?: boolean;
  /** Always answer the first page. */
  readonly ignoreStartIndex?: boolean;
  /** Claim `patch.supported` but answer PATCH with 501. */
  readonly patchUnsupported?: boolean;
  /** Compare `userName eq` case-sensitively. */
  readonly caseSensitive?: boolean;
  /** Answer 500 to requests whose path starts with this. */
  readonly failPath?: string;
  /** Answer the first `times` requests with 429 and this `Retry-After`. */
  readonly rateLimit?: { readonly times: number; readonly retryAfter: string };
  /** Wait this long before answering `GET /Users` lists. */
  readonly delayMs?: number;
  /** Answer `GET /Users` with every user whatever the `filter`. */
  readonly ignoreFilter?: boolean;
}

/** A running broken server. */
export interface BrokenServer {
  readonly baseUrl: string;
  /** Requests received, as `METHOD path`. */
  readonly requests: string[];
  /** Requests whose client closed the connection before the answer was sent, as `METHOD path`. */
  readonly abandoned: string[];
  /** Users on the server now. */
  userNames(): string[];
  close(): Promise<void>;
}

type User = { id: string; userName: string; active: boolean; [key: string]: unknown };

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** Starts a plain node:http SCIM server on 127.0.0.1 with the given faults. */
export async function startBrokenServer(token: string, faults: Faults = {}, seed = 3): Promise<BrokenServer> {
  const users = new Map<string, User>();
  for (let index = 1; index <= seed; index += 1) {
    const id = randomUUID();
    users.set(id, {
      id,
      userName: `user${index}@example.com`,
      name: { givenName: `User${index}`, familyName: 'Seed' },
      emails: [{ value: `user${index}@example.com`, type: 'work', primary: true }],
      active: true,
    });
  }
  const requests: string[] = [];
  const abandoned: string[] = [];
  let limited = 0;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/scim\/v2/, '');
    requests.push(`${req.method} ${path}`);
    res.on('close', () => {
      if (!res.writableFinished) abandoned.push(`${req.method} ${path}`);
    });
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      const out =
        body && faults.omitSchemas && typeof body === 'object' ? { ...(body as object), schemas: undefined } : body;
      res.writeHead(status, { 'content-type': faults.contentType ?? 'application/scim+json', ...headers });
      res.end(out === undefined ? undefined : JSON.stringify(out));
    };
    const error = (status: number, detail: string, scimType?: string, headers?: Record<string, string>) =>
      send(status, { schemas: [ERROR], status: String(status), detail, ...(scimType ? { scimType } : {}) }, headers);

    if (faults.rateLimit && limited < faults.rateLimit.times) {
      limited += 1;
      return error(429, 'slow down', undefined, { 'retry-after': faults.rateLimit.retryAfter });
    }
    if (req.headers.authorization !== `Bearer ${token}`) return error(401, 'unauthorized');
    if (faults.failPath && path.startsWith(faults.failPath)) return error(500, 'internal error');
    const body = await readJson(req);

    if (path === '/ServiceProviderConfig') {
      return send(200, {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 100 },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer', description: 'token' }],
      });
    }
    if (path === '/ResourceTypes') {
      return send(200, {
        schemas: [LIST],
        totalResults: 1,
        Resources: [{ name: 'User', endpoint: '/Users', schema: USER }],
      });
    }
    if (path === '/Schemas') {
      return send(200, {
        schemas: [LIST],
        totalResults: 1,
        Resources: [{ id: USER, attributes: [{ name: 'userName' }, { name: 'name' }, { name: 'active' }] }],
      });
    }
    if (path === '/Groups') return send(200, { schemas: [LIST], totalResults: 0, Resources: [] });
    if (path === '/Users' && req.method === 'GET') {
      if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
      const filter = faults.ignoreFilter ? null : /^userName eq "(.*)"$/.exec(url.searchParams.get('filter') ?? '');
      const wanted = filter?.[1];
      const all = [...users.values()].filter((user) =>
        wanted === undefined
          ? true
          : faults.caseSensitive
            ? user.userName === wanted
            : user.userName.toLowerCase() === wanted.toLowerCase(),
      );
      const start = faults.ignoreStartIndex ? 1 : Math.max(1, Number(url.searchParams.get('startIndex') ?? 1));
      const count = Number(url.searchParams.get('count') ?? 100);
      const page = all.slice(start - 1, start - 1 + count);
      return send(200, {
        schemas: [LIST],
        totalResults: all.length,
        startIndex: start,
        itemsPerPage: page.length,
        Resources: page.map(view),
      });
    }
    if (path === '/Users' && req.method === 'POST') {
      const input = body as User;
      if ([...users.values()].some((u) => u.userName.toLowerCase() === String(input.userName).toLowerCase())) {
        return error(409, 'userName taken', 'uniqueness');
      }
      const user = { ...input, id: randomUUID() };
      users.set(user.id, user);
      return send(201, view(user));
    }
    const match = /^\/Users\/([^/]+)$/.exec(path);
    const user = match?.[1] ? users.get(decodeURIComponent(match[1])) : undefined;
    if (!user) return error(404, 'no such user');
    if (req.method === 'GET') return send(200, view(user));
    if (req.method === 'PUT') {
      const next = { ...(body as User), id: user.id };
      users.set(user.id, next);
      return send(200, view(next));
    }
    if (req.method === 'PATCH') {
      if (faults.patchUnsupported) return error(501, 'PATCH is not implemented');
      for (const op of (body as { Operations?: { path?: string; value?: unknown }[] }).Operations ?? []) {
        if (op.path === 'active') user.active = op.value === true;
        else if (op.path === 'name.givenName') user.name = { ...(user.name as object), givenName: op.value };
        else if (op.path === undefined && typeof op.value === 'object') Object.assign(user, op.value);
      }
      return send(200, view(user));
    }
    if (req.method === 'DELETE') {
      users.delete(user.id);
      res.writeHead(204).end();
      return;
    }
    return error(405, 'method not allowed');
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/scim/v2`,
    requests,
    abandoned,
    userNames: () => [...users.values()].map((user) => user.userName),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function view(user: User): Record<string, unknown> {
  return { schemas: [USER], ...user, meta: { resourceType: 'User' } };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}
