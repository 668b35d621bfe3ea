import type { User } from '@integrakit/core/client';

/** A person's display name: first and last name, or the login when the profile has neither. */
export function personName(user: User): string {
  const { firstName, lastName, login } = user.profile;
  return [firstName, lastName].filter((part) => typeof part === 'string').join(' ') || String(login);
}
