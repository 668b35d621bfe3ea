import { URN } from '../client/messages.js';
import { at, type ProbeContext, verdict } from './context.js';
import type { ServerCapabilities } from './report.js';

const supported = (body: unknown, path: string) => at(body, path) === true;

/** Reads `/ServiceProviderConfig`, `/ResourceTypes` and `/Schemas`; returns what the server claims. */
export async function discover(ctx: ProbeContext): Promise<ServerCapabilities> {
  let config: unknown;
  await ctx.check('discovery.serviceProviderConfig', async () => {
    const exchange = await ctx.send('GET', '/ServiceProviderConfig');
    const problem = ctx.problem(exchange, [200]) ?? ctx.scimBody(exchange, URN.serviceProviderConfig);
    if (problem) return { ok: false, message: problem };
    config = exchange.body;
    const missing = ['patch', 'bulk', 'filter', 'changePassword', 'sort', 'etag'].filter(
      (key) => typeof at(config, `${key}.supported`) !== 'boolean',
    );
    return verdict(
      'ServiceProviderConfig lists its features',
      missing.length > 0 ? `ServiceProviderConfig lacks ${missing.map((k) => `${k}.supported`).join(', ')}` : undefined,
    );
  });

  const resourceTypes: string[] = [];
  await ctx.check('discovery.resourceTypes', async () => {
    const exchange = await ctx.send('GET', '/ResourceTypes');
    const problem = ctx.problem(exchange, [200]) ?? listOrArray(exchange.body, resourceTypes, 'name');
    if (problem) return { ok: false, message: problem };
    const needsGroups = ctx.config.actions.includes('pushGroups') || ctx.config.actions.includes('importGroups');
    return verdict(
      `resource types: ${resourceTypes.join(', ')}`,
      resourceTypes.includes('User') ? undefined : 'no User resource type',
      needsGroups && !resourceTypes.includes('Group')
        ? 'group actions are chosen but there is no Group resource type'
        : undefined,
    );
  });

  const schemas: string[] = [];
  await ctx.check('discovery.schemas', async () => {
    const exchange = await ctx.send('GET', '/Schemas');
    const problem = ctx.problem(exchange, [200]) ?? listOrArray(exchange.body, schemas, 'id');
    if (problem) return { ok: false, message: problem };
    const userSchema = arrayOf(exchange.body).find((schema) => at(schema, 'id') === URN.user);
    const field = ctx.config.userIdField.split(/[.[]/)[0] ?? '';
    const attributes = at(userSchema, 'attributes');
    // Attribute names come from the server: anything but a string simply does not match.
    const known =
      field.startsWith('urn:') ||
      (Array.isArray(attributes) &&
        attributes.some((a) => {
          const name = at(a, 'name');
          return typeof name === 'string' && name.toLowerCase() === field.toLowerCase();
        }));
    return verdict(
      `schemas: ${schemas.length}`,
      userSchema === undefined ? `no ${URN.user} schema` : undefined,
      userSchema !== undefined && !known ? `the User schema has no attribute ${field} (userIdField)` : undefined,
    );
  });

  return {
    patch: supported(config, 'patch.supported'),
    bulk: supported(config, 'bulk.supported'),
    filter: {
      supported: supported(config, 'filter.supported'),
      maxResults:
        typeof at(config, 'filter.maxResults') === 'number' ? (at(config, 'filter.maxResults') as number) : undefined,
    },
    changePassword: supported(config, 'changePassword.supported'),
    sort: supported(config, 'sort.supported'),
    etag: supported(config, 'etag.supported'),
    authenticationSchemes: arrayOf(at(config, 'authenticationSchemes'))
      .map((scheme) => at(scheme, 'type'))
      .filter((type): type is string => typeof type === 'string'),
    resourceTypes,
    schemas,
  };
}

/** Checks that credentials work and that missing or wrong ones are refused with a SCIM 401. */
export async function checkAuth(ctx: ProbeContext): Promise<void> {
  await ctx.check('auth.accepted', async () => {
    const exchange = await ctx.send('GET', '/Users', { searchParams: { startIndex: 1, count: 1 } });
    if (exchange.status === 401 || exchange.status === 403) {
      return { ok: false, message: `the configured credentials were refused (${exchange.status})` };
    }
    return verdict('the configured credentials are accepted', ctx.problem(exchange, [200]));
  });
  await ctx.check('auth.refused', async () => {
    const none = await ctx.send('GET', '/Users', { searchParams: { count: 1 }, auth: 'none' });
    const wrong = await ctx.send('GET', '/Users', { searchParams: { count: 1 }, auth: 'wrong' });
    return verdict(
      'requests without or with wrong credentials get a SCIM 401',
      ctx.problem(none, [401]) ?? ctx.scimErrorBody(none, 401),
      ctx.problem(wrong, [401]) ?? ctx.scimErrorBody(wrong, 401),
    );
  });
}

function arrayOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const resources = at(body, 'Resources');
  return Array.isArray(resources) ? resources : [];
}

// RFC 7644 §4 answers these endpoints with a ListResponse; some servers send a bare array.
function listOrArray(body: unknown, into: string[], key: string): string | undefined {
  if (!Array.isArray(body) && !Array.isArray(at(body, 'Resources')))
    return 'the body is neither a ListResponse nor an array';
  for (const item of arrayOf(body)) {
    const value = at(item, key);
    if (typeof value === 'string') into.push(value);
  }
  return undefined;
}
