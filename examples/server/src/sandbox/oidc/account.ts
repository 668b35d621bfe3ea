import { randomBytes } from 'node:crypto';
import type { Account } from 'oidc-provider';
import type { ServerContext } from '../../context.js';

/** The scope claims of Okta's org authorization server (guide §3.1); `amr`/`auth_time` always, as Okta. */
export const ORG_AS_CLAIMS = {
  acr: null,
  amr: null,
  auth_time: null,
  iss: null,
  sid: null,
  openid: ['sub', 'ver', 'idp', 'jti', 'amr', 'auth_time'],
  email: ['email', 'email_verified'],
  profile: ['name', 'preferred_username', 'given_name', 'family_name', 'locale', 'zoneinfo', 'updated_at'],
  phone: ['phone_number'],
  address: ['address'],
  groups: ['groups'],
};

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The person with id `sub` as an oidc-provider account, with the claims Okta's org AS issues:
 * `sub` = user id, `preferred_username` = login, `groups` = group names. Only ACTIVE people exist.
 */
export async function findAccount(ctx: ServerContext, orgId: string, sub: string): Promise<Account | undefined> {
  const user = ctx.directory.user(sub);
  if (user?.status !== 'ACTIVE') return undefined;
  const profile = user.profile as Record<string, unknown>;
  const groups = (await ctx.directory.groupsOf(sub)).flatMap((id) => ctx.directory.group(id)?.profile.name ?? []);
  const given = text(profile.firstName);
  const family = text(profile.lastName);
  return {
    accountId: sub,
    async claims(use) {
      const claims = {
        sub,
        ver: 1,
        idp: orgId,
        name: [given, family].filter(Boolean).join(' ') || user.profile.login,
        preferred_username: user.profile.login,
        given_name: given,
        family_name: family,
        locale: text(profile.locale) ?? 'en_US',
        zoneinfo: text(profile.timezone) ?? 'America/Los_Angeles',
        updated_at: Math.floor(Date.parse(user.lastUpdated) / 1000),
        email: text(profile.email),
        email_verified: true,
        phone_number: text(profile.mobilePhone),
        groups,
      };
      // Okta's ID tokens carry a `jti` of the form `ID.…`.
      return use === 'id_token' ? { ...claims, jti: `ID.${randomBytes(15).toString('base64url')}` } : claims;
    },
  };
}
