import type { IntegrakitClient, OktaApp } from '@integrakit/core/client';
import { type GroupRow, groupRow, type PersonRow, personRow } from './rows.js';

/** The slice of core's API client the element uses. */
export type AssignmentsClient = Pick<IntegrakitClient, 'apps' | 'appUsers' | 'appGroups' | 'assignments'>;

/** People read a page at a time: the rows so far and the next page's cursor, while there is one. */
export interface PeoplePage {
  readonly people: readonly PersonRow[];
  readonly next: string | undefined;
}

/** Everything the lists show, read at once. */
export interface Assignments extends PeoplePage {
  readonly app: OktaApp;
  readonly groups: GroupRow[];
}

async function readGroups(client: AssignmentsClient, appId: string, signal: AbortSignal): Promise<GroupRow[]> {
  const groups: GroupRow[] = [];
  for await (const group of client.assignments.groups(appId, { limit: 200, signal })) groups.push(groupRow(group));
  return groups;
}

/** The app, its groups in priority order and the first page of its people, all three requests at once. */
export async function readAssignments(
  client: AssignmentsClient,
  appId: string,
  pageSize: number,
  signal: AbortSignal,
): Promise<Assignments> {
  const [app, groups, people] = await Promise.all([
    client.apps.get(appId, { signal }),
    readGroups(client, appId, signal),
    client.assignments.usersPage(appId, { limit: pageSize, signal }),
  ]);
  return { app, groups, people: people.items.map(personRow), next: people.next };
}

/**
 * The people listed after the page at `after` is read: rows are keyed by id, so a person already
 * listed (the list changed between pages) stays once.
 */
export async function readMorePeople(
  client: AssignmentsClient,
  appId: string,
  listed: readonly PersonRow[],
  after: string,
  signal: AbortSignal,
): Promise<PeoplePage> {
  const page = await client.assignments.usersPage(appId, { after, signal });
  const ids = new Set(listed.map((person) => person.id));
  return { people: [...listed, ...page.items.map(personRow).filter((person) => !ids.has(person.id))], next: page.next };
}
