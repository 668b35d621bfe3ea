import { afterEach, describe, expect, it } from 'vitest';
import { type Loopback, oktaApp, startLoopback } from './__fixtures__/loopback.js';
import { createClient, nextLink } from './index.js';

const TOKEN = 'pagination-test-token';
const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Serves `total` apps in pages of `limit` with Okta's `after` cursor and `Link` headers. */
async function appsServer(total: number, linkTo?: (url: string) => string) {
  const apps = Array.from({ length: total }, (_, index) => oktaApp(`0oa${index}`));
  const server = await startLoopback((request, res) => {
    const url = new URL(request.url, 'http://x');
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const after = url.searchParams.get('after');
    const start = after === null ? 0 : apps.findIndex((app) => app.id === after) + 1;
    const page = apps.slice(start, start + limit);
    const links = [`<${server.url}${request.url}>; rel="self"`];
    const last = page.at(-1);
    if (start + limit < apps.length && last !== undefined) {
      const next = `${server.url}/api/v1/apps?after=${last.id}&limit=${limit}`;
      links.push(`<${linkTo?.(next) ?? next}>; rel="next"`);
    }
    res.writeHead(200, { 'content-type': 'application/json', link: links.join(', ') });
    res.end(JSON.stringify(page));
  });
  servers.push(server);
  return server;
}

describe('Link pagination', () => {
  it('follows rel="next" lazily through every page, in order', async () => {
    const server = await appsServer(5);
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    const ids: string[] = [];
    for await (const app of client.apps.list({ limit: 2, q: 'App' })) ids.push(app.id);
    expect(ids).toEqual(['0oa0', '0oa1', '0oa2', '0oa3', '0oa4']);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/api/v1/apps?q=App&limit=2',
      '/api/v1/apps?after=0oa1&limit=2',
      '/api/v1/apps?after=0oa3&limit=2',
    ]);
    for (const request of server.requests) expect(request.headers.authorization).toBe(`SSWS ${TOKEN}`);
  });

  it('fetches no further page once the loop breaks', async () => {
    const server = await appsServer(10);
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    for await (const app of client.apps.list({ limit: 3 })) if (app.id === '0oa1') break;
    expect(server.requests).toHaveLength(1);
  });

  it('returns single pages with the next cursor for manual paging', async () => {
    const server = await appsServer(3);
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    const first = await client.apps.listPage({ limit: 2 });
    expect(first.items.map((app) => app.id)).toEqual(['0oa0', '0oa1']);
    expect(first.next).toBe(`${server.url}/api/v1/apps?after=0oa1&limit=2`);
    const last = await client.apps.listPage({ limit: 2, after: '0oa1' });
    expect(last.items.map((app) => app.id)).toEqual(['0oa2']);
    expect(last.next).toBeUndefined();
  });

  it('pages with listPage({ after: page.next }), as documented, over three pages', async () => {
    const server = await appsServer(5);
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    const pages: string[][] = [];
    let page = await client.apps.listPage({ limit: 2 });
    pages.push(page.items.map((app) => app.id));
    while (page.next !== undefined) {
      page = await client.apps.listPage({ limit: 2, after: page.next });
      pages.push(page.items.map((app) => app.id));
    }
    expect(pages).toEqual([['0oa0', '0oa1'], ['0oa2', '0oa3'], ['0oa4']]);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/api/v1/apps?limit=2',
      '/api/v1/apps?after=0oa1&limit=2',
      '/api/v1/apps?after=0oa3&limit=2',
    ]);
  });

  it('refuses a next link on another origin given to listPage', async () => {
    const server = await appsServer(1);
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    await expect(client.apps.listPage({ after: 'https://elsewhere.example/api/v1/apps?after=x' })).rejects.toThrow(
      /another origin/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses to follow a next link to another origin, so the token never leaves the org', async () => {
    const elsewhere = await startLoopback((_request, res) => res.writeHead(200).end('[]'));
    servers.push(elsewhere);
    const server = await appsServer(4, (next) => next.replace(new URL(next).origin, elsewhere.url));
    const client = createClient({ orgUrl: server.url, token: TOKEN });
    const ids: string[] = [];
    const walk = async () => {
      for await (const app of client.apps.list({ limit: 2 })) ids.push(app.id);
    };
    await expect(walk()).rejects.toThrow(/another origin/);
    expect(ids).toEqual(['0oa0', '0oa1']);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('ends when a server links a page to itself', async () => {
    const server = await startLoopback((request, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${server.url}/api/v1/apps?after=x>; rel="next"`,
      });
      res.end(JSON.stringify(request.url.includes('after') ? [] : [oktaApp('0oa1')]));
    });
    servers.push(server);
    const ids: string[] = [];
    for await (const app of createClient({ orgUrl: server.url, token: TOKEN }).apps.list()) ids.push(app.id);
    expect(ids).toEqual(['0oa1']);
    expect(server.requests).toHaveLength(2);
  });
});

describe('nextLink', () => {
  it('finds rel="next" among several links, with commas inside URLs and unquoted or multi-valued rels', () => {
    expect(nextLink('<https://o.example/a?x=1,2>; rel="self", <https://o.example/a?after=b,c>; rel="next"')).toBe(
      'https://o.example/a?after=b,c',
    );
    expect(nextLink('<https://o.example/n>; rel=next')).toBe('https://o.example/n');
    expect(nextLink('<https://o.example/n>; title="x"; rel="prefetch next"')).toBe('https://o.example/n');
  });
  it('is undefined at the last page or for junk', () => {
    expect(nextLink(null)).toBeUndefined();
    expect(nextLink('<https://o.example/a>; rel="self"')).toBeUndefined();
    expect(nextLink('rel="next"')).toBeUndefined();
  });
});
