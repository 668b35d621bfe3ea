import {
  type ScopeInfo as ApiScopeInfo,
  listScopes,
  type OktaScope,
  scopeWarnings,
} from '@integrakit/protocols/api-service';
import { GRANTS_BY_TYPE, type GrantType } from '@integrakit/protocols/oidc';
import type { OidcAppType } from './custom-flow-steps.js';

/** One Okta API scope with its description, as the API service module lists it. */
// A local alias, not a re-export: the declaration bundler would otherwise emit it as a value.
export type ScopeInfo = ApiScopeInfo;

/**
 * The grant types the App Integration Wizard offers for an OIDC application type: Okta's table
 * (`GRANTS_BY_TYPE`), so a form never lists a grant the module would refuse.
 */
export function grantChoices(applicationType: OidcAppType): readonly GrantType[] {
  return GRANTS_BY_TYPE[applicationType];
}

/** A group of Okta API scopes as the scopes picker shows them: one API resource, read and manage. */
export interface ScopeGroup {
  /** The resource, e.g. `users` for `okta.users.read` and `okta.users.manage`. */
  readonly resource: string;
  readonly scopes: readonly ScopeInfo[];
}

const resourceOf = (scope: string) => scope.slice('okta.'.length, scope.lastIndexOf('.'));

/**
 * Every `okta.*` scope grouped by resource in Okta's order, keeping only scopes whose name or
 * description contains `query` (case-insensitive, trimmed; empty keeps all).
 */
export function scopeGroups(query = ''): ScopeGroup[] {
  const needle = query.trim().toLowerCase();
  const groups = new Map<string, ScopeInfo[]>();
  for (const info of listScopes()) {
    if (needle !== '' && !`${info.scope} ${info.description}`.toLowerCase().includes(needle)) continue;
    const resource = resourceOf(info.scope);
    groups.set(resource, [...(groups.get(resource) ?? []), info]);
  }
  return [...groups].map(([resource, scopes]) => ({ resource, scopes }));
}

/** One least-privilege hint about a chosen scope (advice, never a refusal). */
export interface ScopeHint {
  readonly scope: string;
  /** `manage_scope`: a read scope would do if the integration only reads; `redundant_scope`: implied by its manage scope. */
  readonly code: 'manage_scope' | 'redundant_scope';
  /** For `manage_scope`, the read scope to prefer. */
  readonly readScope?: string;
}

/** The API service module's least-privilege advice for `scopes`; unknown names are left to validation. */
export function scopeHints(scopes: readonly string[]): ScopeHint[] {
  const infos = new Map(listScopes().map((info) => [info.scope as string, info]));
  const known = scopes.filter((scope) => infos.has(scope)) as OktaScope[];
  return scopeWarnings({ scopes: known }).flatMap((warning) => {
    const scope = known[warning.path[1] as number];
    if (scope === undefined) return [];
    const code = warning.code === 'manage_scope' ? 'manage_scope' : 'redundant_scope';
    const readScope = code === 'manage_scope' ? infos.get(scope)?.readScope : undefined;
    return [{ scope, code, ...(readScope === undefined ? {} : { readScope }) }];
  });
}
