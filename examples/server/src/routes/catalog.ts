import type { CatalogFilters } from '@integrakit/core/catalog';
import { type Context, Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { notFound, OktaHttpError } from '../errors.js';
import { intParam } from './query.js';

const FACETS = ['useCases', 'functionality', 'industries'] as const;

function query(c: Context): string {
  const q = c.req.query('q') ?? '';
  if (q.length > 512)
    throw new OktaHttpError(400, 'E0000001', 'Api validation failed', ['q: must be at most 512 characters']);
  return q;
}

function filters(c: Context): CatalogFilters {
  const out: Record<string, string[]> = {};
  for (const key of FACETS) {
    const values = c.req.queries(key) ?? [];
    if (values.length > 50)
      throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [`${key}: at most 50 values`]);
    if (values.length > 0) out[key] = values;
  }
  return out as CatalogFilters;
}

/** The catalog endpoints the `<ik-catalog>` widget calls, backed by core's catalog search. */
export function catalogRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  app.get('/apps', (c) => {
    const page = intParam(c.req.query('page'), 'page', 0, 0, 10_000);
    const pageSize = intParam(c.req.query('pageSize'), 'pageSize', 20, 1, 200);
    return c.json(ctx.catalog.search(query(c), { filters: filters(c), page, pageSize }));
  });
  app.get('/suggestions', (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 10, 1, 100);
    return c.json({ hits: ctx.catalog.suggest(query(c), { limit, filters: filters(c) }) });
  });
  app.get('/facets', (c) => c.json(ctx.catalog.search(query(c), { filters: filters(c), pageSize: 1 }).facets));
  app.get('/apps/:name', (c) => {
    const entry = ctx.catalog.get(c.req.param('name'));
    if (entry === undefined) throw notFound(`${c.req.param('name')} (CatalogEntry)`);
    return c.json(entry);
  });
  return app;
}
