import type { Translation } from './en.js';

/** English strings of `<ik-assignments>`; a registered dictionary may carry them too (`fr` does). */
export const assignmentsEn = {
  assignmentsLabel: 'Assignments',
  assignPeople: 'Assign to People',
  assignGroups: 'Assign to Groups',
  assignPeopleSearch: 'Search people',
  assignGroupsSearch: 'Search groups',
  assignPeopleOptions: 'People',
  assignGroupsOptions: 'Groups',
  assignSearching: 'Searching…',
  assignNoMatches: 'No matches',
  assignShowing: (shown: number) => `Showing the first ${shown}; keep typing to narrow`,
  assignMore: 'More results',
  assignResultCount: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  assignUsername: 'User Name',
  assignUsernameHint: {
    editable: 'Prefilled from the app’s username format; you may change it.',
    readonly: 'Set by the app’s custom username format.',
    required: 'The app’s username format gives none for this person: enter one.',
  } as Readonly<Record<string, string>>,
  assignPerson: (name: string) => `Assign ${name}`,
  assignSave: 'Save and Go Back',
  assignCancel: 'Cancel',
  assignClose: 'Done',
  assignBusy: 'Saving…',
  assigned: (name: string) => `${name} assigned`,
  unassigned: (name: string) => `${name} unassigned`,
  assignPeopleHeading: 'People',
  assignGroupsHeading: 'Groups',
  assignPriorityHint:
    'Members get the app profile of their highest-priority group. Move a group to change its priority.',
  assignNoPeople: 'No one is assigned yet.',
  assignNoGroups: 'No group is assigned yet.',
  /** `more`: further pages are still on the server, so the count is a floor. */
  assignPeopleCount: (count: number, more = false) =>
    more ? `${count}+ people` : count === 1 ? '1 person' : `${count} people`,
  assignDirect: 'Individual',
  assignViaGroup: (group: string) => `Group: ${group}`,
  assignPersonColumn: 'Person',
  assignTypeColumn: 'Type',
  assignUsernameColumn: 'App user name',
  assignNoUsername: 'None',
  assignLoadMore: 'Load more people',
  assignLoading: 'Loading assignments…',
  assignLoadFailed: 'The assignments could not be loaded.',
  assignRetry: 'Try again',
  assignPriority: (priority: number) => `Priority ${priority}`,
  unassign: (name: string) => `Unassign ${name}`,
  unassignTitle: (name: string, app: string) => `Unassign ${name} from ${app}?`,
  unassignGroupBody: 'Members lose access unless another assignment applies.',
  unassignPersonBody: 'The person loses access unless a group assignment applies.',
  unassignConfirm: 'Unassign',
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  movedTo: (name: string, position: number, total: number) => `${name} moved to position ${position} of ${total}`,
  statementRemove: (name: string) => `Remove ${name}`,
  /** Rule refusals by core's reason, in the Admin Console's words; others show the server's text. */
  assignIssues: {
    inactive_integration: 'This app is inactive. Activate it before assigning.',
    duplicate: 'Already assigned.',
    username_required: 'Enter a user name: this app’s username format gives none.',
    username_not_allowed: 'This app signs everyone in with one shared account: assign without a user name.',
    invalid_username: 'A user name must be 1 to 100 characters.',
    invalid_priority: 'No priority is left for another group.',
    unknown_user: 'This person no longer exists.',
    unknown_group: 'This group no longer exists.',
    not_assigned: 'Not assigned any more.',
  } as Readonly<Record<string, string>>,
  assignFailed: 'The change could not be saved. Check the connection and try again.',
};

/** The assignments strings of a dictionary. */
export type AssignmentsTranslation = typeof assignmentsEn;
/** What `<ik-assignments>` reads. */
export type AssignmentsTerms = Translation & AssignmentsTranslation;

const merged = new WeakMap<Translation, AssignmentsTerms>();

/** `dictionary` with English assignments strings wherever it has none (computed once per dictionary). */
export function withAssignmentsTerms(dictionary: Translation & Partial<AssignmentsTranslation>): AssignmentsTerms {
  let terms = merged.get(dictionary);
  if (terms === undefined) {
    terms = { ...assignmentsEn, ...dictionary };
    merged.set(dictionary, terms);
  }
  return terms;
}
