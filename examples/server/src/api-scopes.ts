import type { OktaScope } from '@integrakit/protocols/api-service';

/** The Okta resource each management API path belongs to, by its first segments (most specific first). */
const RESOURCES: readonly [RegExp, string][] = [
  [/^\/api\/v1\/apps\/[^/]+\/grants(\/|$)/, 'okta.appGrants'],
  [/^\/api\/v1\/apps(\/|$)/, 'okta.apps'],
  [/^\/api\/v1\/catalog(\/|$)/, 'okta.apps'],
  [/^\/api\/v1\/users\/[^/]+\/appLinks$/, 'okta.users'],
  [/^\/api\/v1\/users(\/|$)/, 'okta.users'],
  [/^\/api\/v1\/groups(\/|$)/, 'okta.groups'],
  [/^\/api\/v1\/logs(\/|$)/, 'okta.logs'],
];

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The `okta.*` scopes that allow a management API call, any one of them enough: a read needs the
 * resource's `.read` or `.manage` scope (manage implies read), a write its `.manage` scope. Paths
 * outside the table need a scope no token can hold, so an OAuth token never reaches them.
 */
export function allowingScopes(method: string, path: string): readonly OktaScope[] {
  const resource = RESOURCES.find(([pattern]) => pattern.test(path))?.[1];
  if (resource === undefined) return [];
  const manage = `${resource}.manage` as OktaScope;
  if (!READS.has(method.toUpperCase())) return resource === 'okta.logs' ? [] : [manage];
  return resource === 'okta.logs' ? ['okta.logs.read'] : [`${resource}.read` as OktaScope, manage];
}
