import type { UserProfile } from '@integrakit/core/assignment';
import type { PickerSearch } from '../../internal/picker.js';
import type { AssignmentsClient } from './assignments-reads.js';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One page of a picker's directory search: the query, the cursor after the first page. */
const pickerPage = (query: string, after: string | undefined, signal: AbortSignal) => ({
  q: query,
  limit: 20,
  signal,
  ...(after ? { after } : {}),
});

/**
 * **Assign to People**'s search over the directory: each person found is an option, and their
 * profile is kept in `profiles` for the app username the format computes once they are picked.
 */
export function searchPeople(client: () => AssignmentsClient, profiles: Map<string, UserProfile>): PickerSearch {
  return async (query, after, signal) => {
    const page = await client().assignments.searchUsers(pickerPage(query, after, signal));
    return {
      next: page.next,
      options: page.items.map((user) => {
        profiles.set(user.id, user.profile);
        const name = `${text(user.profile.firstName)} ${text(user.profile.lastName)}`.trim() || user.profile.login;
        return { id: user.id, name, detail: user.profile.login };
      }),
    };
  };
}

/** **Assign to Groups**' search over the directory's groups. */
export function searchGroups(client: () => AssignmentsClient): PickerSearch {
  return async (query, after, signal) => {
    const page = await client().assignments.searchGroups(pickerPage(query, after, signal));
    return {
      next: page.next,
      options: page.items.map((group) => ({
        id: group.id,
        name: group.profile.name,
        detail: group.profile.description ?? '',
      })),
    };
  };
}
