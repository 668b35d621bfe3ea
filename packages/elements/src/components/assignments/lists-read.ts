import type { AppUserWithUser, GroupAssignmentWithGroup, IntegrakitClient, Page } from '@integrakit/core/client';

// Kept apart from the element's other reads (no row code, no rules): `<ik-integration>` imports it
// in its first chunk to start these reads together with its own read of the app.

/** People `<ik-assignments>` loads per page unless its `page-size` says otherwise. */
export const DEFAULT_PAGE_SIZE = 25;

/** The client calls the lists need. */
export type ListsClient = Pick<IntegrakitClient, 'assignments'>;

/** An app's groups in priority order and the first page of its people, as the server sent them. */
export interface ListsRead {
  readonly groups: readonly GroupAssignmentWithGroup[];
  readonly people: Page<AppUserWithUser>;
}

/**
 * The lists' read `<ik-integration>` made with its read of the app, settled: the lists, or what the
 * client threw. `<ik-assignments>` takes it once, when it is for its app and page size.
 */
export type HandedLists = { readonly appId: string; readonly pageSize: number } & (
  | { readonly lists: ListsRead }
  | { readonly error: unknown }
);

async function readGroups(
  client: ListsClient,
  appId: string,
  signal: AbortSignal,
): Promise<GroupAssignmentWithGroup[]> {
  const groups: GroupAssignmentWithGroup[] = [];
  for await (const group of client.assignments.groups(appId, { limit: 200, signal })) groups.push(group);
  return groups;
}

/** The groups and the first page of `pageSize` people, both requests at once. */
export async function readLists(
  client: ListsClient,
  appId: string,
  pageSize: number,
  signal: AbortSignal,
): Promise<ListsRead> {
  const [groups, people] = await Promise.all([
    readGroups(client, appId, signal),
    client.assignments.usersPage(appId, { limit: pageSize, signal }),
  ]);
  return { groups, people };
}

/** Reads the lists for a host to hand down: resolves (never rejects) with them or the error. */
export const handLists = (
  client: ListsClient,
  appId: string,
  pageSize: number,
  signal: AbortSignal,
): Promise<HandedLists> =>
  readLists(client, appId, pageSize, signal).then(
    (lists) => ({ appId, pageSize, lists }),
    (error: unknown) => ({ appId, pageSize, error }),
  );
