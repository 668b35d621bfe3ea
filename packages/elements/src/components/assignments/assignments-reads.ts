import type { IntegrakitClient, OktaApp } from '@integrakit/core/client';
import { type ListsRead, readLists } from './lists-read.js';
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

/** The lists as rows, with the app they belong to. */
export function assignmentsFrom(app: OktaApp, lists: ListsRead): Assignments {
  return {
    app,
    groups: lists.groups.map(groupRow),
    people: lists.people.items.map(personRow),
    next: lists.people.next,
  };
}

/**
 * The app (unless the host handed it down), its groups in priority order and the first page of
 * its people, all requests at once.
 */
export async function readAssignments(
  client: AssignmentsClient,
  appId: string,
  pageSize: number,
  signal: AbortSignal,
  handed?: OktaApp,
): Promise<Assignments> {
  const [app, lists] = await Promise.all([
    handed ?? client.apps.get(appId, { signal }),
    readLists(client, appId, pageSize, signal),
  ]);
  return assignmentsFrom(app, lists);
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
