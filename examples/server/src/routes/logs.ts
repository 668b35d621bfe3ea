import { Hono } from 'hono';
import { linkHeader, type ServerContext } from '../context.js';
import { OktaHttpError } from '../errors.js';
import { compileFilter } from '../log/filter.js';
import { intParam } from './query.js';

const DAY_MS = 86_400_000;
const KEYWORDS = { count: 10, length: 40 } as const;
const PURGE_EVERY_MS = 60_000;

/**
 * `GET /api/v1/logs`: Okta's System Log query — `since`/`until` bounds (default: the last 7 days),
 * `filter`, `q` keywords, `limit` (≤ 1000), `sortOrder` and an opaque `after` cursor. An ascending
 * query without `until` is a polling query: it always returns a `next` link, even when empty.
 */
export function logRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  let purged = 0;
  app.get('/', async (c) => {
    if (Date.now() - purged > PURGE_EVERY_MS) {
      purged = Date.now();
      await ctx.withWrite(async () => ctx.log.purge());
    }
    const untilParam = c.req.query('until');
    const until = time(untilParam, 'until') ?? new Date();
    const since = time(c.req.query('since'), 'since') ?? new Date(until.getTime() - 7 * DAY_MS);
    if (since > until) throw invalid('since: must not be after until');
    const order = c.req.query('sortOrder') ?? 'ASCENDING';
    if (order !== 'ASCENDING' && order !== 'DESCENDING') throw invalid('sortOrder: must be ASCENDING or DESCENDING');
    const limit = intParam(c.req.query('limit'), 'limit', 100, 0, 1000);
    const afterParam = c.req.query('after');
    if (afterParam !== undefined && !/^\d{1,15}$/.test(afterParam))
      throw invalid('after: is not a cursor this server issued');
    const filter = c.req.query('filter');
    const found = ctx.log.query({
      since: since.toISOString(),
      until: until.toISOString(),
      ...(filter === undefined || filter.trim() === '' ? {} : { filter: compileFilter(filter) }),
      keywords: keywords(c.req.query('q')),
      ...(afterParam === undefined ? {} : { after: Number(afterParam) }),
      limit: limit + 1,
      order,
    });
    const page = found.slice(0, limit);
    const polling = order === 'ASCENDING' && untilParam === undefined;
    const cursor = page.at(-1)?.seq ?? (afterParam === undefined ? undefined : Number(afterParam));
    const more = found.length > limit || polling;
    c.header(
      'Link',
      linkHeader(
        c,
        more ? { after: String(cursor ?? 0), ...(limit === 100 ? {} : { limit: String(limit) }) } : undefined,
      ),
    );
    return c.json(page.map((row) => row.event));
  });
  return app;
}

function time(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : undefined;
  if (parsed === undefined || Number.isNaN(parsed.getTime())) throw invalid(`${name}: must be an ISO 8601 timestamp`);
  return parsed;
}

function keywords(q: string | undefined): string[] {
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > KEYWORDS.count) throw invalid(`q: at most ${KEYWORDS.count} keywords`);
  const long = words.find((word) => word.length > KEYWORDS.length);
  if (long !== undefined) throw invalid(`q: a keyword is longer than ${KEYWORDS.length} characters`);
  return words;
}

const invalid = (cause: string) => new OktaHttpError(400, 'E0000001', 'Api validation failed', [cause]);
