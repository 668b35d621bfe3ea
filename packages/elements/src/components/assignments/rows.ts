import type { AppUserWithUser, GroupAssignmentWithGroup } from '@integrakit/core/client';

/** One assigned person as the list shows it. */
export interface PersonRow {
  readonly id: string;
  readonly name: string;
  readonly login: string;
  /** `USER`: assigned directly; `GROUP`: through {@link PersonRow.groupId}. */
  readonly scope: 'USER' | 'GROUP';
  readonly groupId?: string | undefined;
  /** The effective app username; null when the format gives none. */
  readonly username: string | null;
}

/** One assigned group, in priority order. */
export interface GroupRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly priority: number;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The last path segment of a `_links.*.href`, or undefined. */
function linkedId(links: Record<string, unknown> | undefined, rel: string): string | undefined {
  const link = links?.[rel];
  const href = typeof link === 'object' && link !== null ? (link as { href?: unknown }).href : undefined;
  return typeof href === 'string' ? decodeURIComponent(href.split('/').at(-1) ?? '') || undefined : undefined;
}

/** An app user (listed with `expand=user`) as a row; without the embedded person, the id stands in. */
export function personRow(user: AppUserWithUser): PersonRow {
  const profile = user._embedded?.user.profile;
  const name = `${text(profile?.firstName)} ${text(profile?.lastName)}`.trim();
  return {
    id: user.id,
    name: name || text(profile?.login) || user.id,
    login: text(profile?.login),
    scope: user.scope,
    groupId: user.scope === 'GROUP' ? linkedId(user._links, 'group') : undefined,
    username: user.credentials?.userName ?? null,
  };
}

/** A group assignment (listed with `expand=group`) as a row. */
export function groupRow(assignment: GroupAssignmentWithGroup): GroupRow {
  const group = assignment._embedded?.group.profile;
  return {
    id: assignment.id,
    name: text(group?.name) || assignment.id,
    description: text(group?.description),
    priority: assignment.priority,
  };
}

/** Why the server refused a change: core's rule reason (from `errorCauses`) and the server's text. */
export interface RefusalReason {
  readonly reason?: string | undefined;
  readonly message: string;
}

/**
 * The refusal carried by an `ApiError` (matched by shape, so core's client code stays out of the
 * element's bundle): the reference server writes each cause as `reason: message`.
 */
export function refusalOf(error: unknown): RefusalReason | undefined {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'ApiError')
    return undefined;
  const { errorCauses, errorSummary } = error as { errorCauses?: unknown; errorSummary?: unknown };
  const first = Array.isArray(errorCauses) ? (errorCauses[0] as { errorSummary?: unknown } | undefined) : undefined;
  const cause = typeof first?.errorSummary === 'string' ? first.errorSummary : undefined;
  const match = cause === undefined ? null : /^([a-z_]+): (.*)$/s.exec(cause);
  if (match !== null) return { reason: match[1], message: match[2] ?? '' };
  return { message: cause ?? (typeof errorSummary === 'string' ? errorSummary : '') };
}

/**
 * The priority to send (`PUT …/groups/{id}`) to move the group at `from` to position `to`: the
 * server takes the group out and inserts it at that priority, pushing the groups at and after it
 * down, so moving up takes the priority of the group now at `to`, and moving down the one after it.
 * Priorities may have gaps (after unassigns), so positions are not priorities.
 */
export function priorityForMove(groups: readonly GroupRow[], from: number, to: number): number | undefined {
  const target = groups[to];
  if (target === undefined || from === to || groups[from] === undefined) return undefined;
  return to < from ? target.priority : target.priority + 1;
}

/** The single move between two orders of the same rows: from where to where, or undefined. */
export function movedBetween(before: readonly { id: string }[], after: readonly { id: string }[]) {
  const first = before.findIndex((row, index) => row.id !== after[index]?.id);
  if (first < 0) return undefined;
  let last = before.length - 1;
  while (last > first && before[last]?.id === after[last]?.id) last -= 1;
  // Moved up: the row that was last in the changed span is now first; else the first moved down.
  return after[first]?.id === before[last]?.id ? { from: last, to: first } : { from: first, to: last };
}

/** The text of a refusal: core's reason in the element's words, else the server's, else a general failure. */
export function refusalText(
  error: unknown,
  t: { readonly assignFailed: string; readonly assignIssues: Readonly<Record<string, string | undefined>> },
): { reason?: string | undefined; text: string } {
  const refusal = refusalOf(error);
  if (refusal === undefined) return { text: t.assignFailed };
  const known = refusal.reason === undefined ? undefined : t.assignIssues[refusal.reason];
  return { reason: refusal.reason, text: known ?? (refusal.message || t.assignFailed) };
}
