import type { Integration } from '@integrakit/core';
import type { StoredGroup, StoredUser } from '../store/directory.js';
import type { LogEntity } from './log-event.js';

/** An app as a System Log target. */
export const appTarget = (integration: Pick<Integration, 'id' | 'label'>): LogEntity => ({
  id: integration.id,
  type: 'AppInstance',
  alternateId: integration.label,
  displayName: integration.label,
});

/** A person as a System Log target (by login, never by any secret). */
export const userTarget = (user: Pick<StoredUser, 'id' | 'profile'>): LogEntity => {
  const { login, firstName, lastName } = user.profile as { login: string; firstName?: unknown; lastName?: unknown };
  const name = [firstName, lastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
  return { id: user.id, type: 'User', alternateId: login, displayName: name === '' ? login : name };
};

/** A group as a System Log target. */
export const groupTarget = (group: Pick<StoredGroup, 'id' | 'profile'>): LogEntity => ({
  id: group.id,
  type: 'UserGroup',
  alternateId: 'unknown',
  displayName: group.profile.name,
});

/** A person's assignment to an app (`AppUser`), named by their app username. */
export const appUserTarget = (userId: string, username: string | null): LogEntity => ({
  id: userId,
  type: 'AppUser',
  alternateId: username ?? 'unknown',
  displayName: username ?? 'unknown',
});

/** An app signing key, by kid. */
export const keyTarget = (kid: string): LogEntity => ({ id: kid, type: 'Key', alternateId: kid, displayName: kid });

/** A granted Okta API scope (the grant id; the scope name as its display name). */
export const scopeTarget = (grantId: string, scope: string): LogEntity => ({
  id: grantId,
  type: 'OAuth2ScopeConsentGrant',
  alternateId: scope,
  displayName: scope,
});
