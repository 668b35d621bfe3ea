import type { AssignmentRecord } from '../assignment/model.js';
import type { AssignmentTarget, IntegrationEvents } from './events.js';
import type { Integration, IntegrationDraftInput, IntegrationKind } from './model.js';
import type { SignOnProtocol } from './protocols.js';

/** Filters for {@link IntegrationStore.list}; all given filters must match. */
export interface IntegrationFilter {
  readonly status?: Integration['status'];
  readonly kind?: IntegrationKind;
  readonly protocol?: SignOnProtocol;
  /** Case-insensitive substring of the label. */
  readonly q?: string;
}

/** Options for {@link IntegrationStore.list}. */
export interface ListOptions {
  readonly filter?: IntegrationFilter;
  /**
   * Page size, 1–200.
   * @default 20
   */
  readonly limit?: number;
  /** Cursor from the previous page's `nextCursor`. */
  readonly after?: string;
}

/** One page of integrations; `nextCursor` is set while more remain. */
export interface IntegrationPage {
  readonly items: readonly Integration[];
  readonly nextCursor?: string;
}

/** Fields that can change after creation (`kind` and `catalogEntry` are fixed, like Okta's `name`). */
export type IntegrationPatch = Partial<Omit<IntegrationDraftInput, 'kind' | 'catalogEntry'>>;

/** Options for {@link IntegrationStore.create}. */
export interface CreateOptions {
  /**
   * Activate on create, like Okta's `activate` query parameter.
   * @default true
   */
  readonly activate?: boolean;
}

/**
 * Persistence for integrations and their assignments. Every method is async so that the same
 * interface fits an HTTP backend; errors are `IntegrakitError`s (`ERR_NOT_FOUND`, `ERR_LIFECYCLE`,
 * `ERR_INVALID_INTEGRATION`).
 */
export interface IntegrationStore {
  readonly events: IntegrationEvents;
  create(draft: IntegrationDraftInput, options?: CreateOptions): Promise<Integration>;
  get(id: string): Promise<Integration>;
  list(options?: ListOptions): Promise<IntegrationPage>;
  update(id: string, patch: IntegrationPatch): Promise<Integration>;
  /** Deletes an `INACTIVE` integration and its assignments. */
  delete(id: string): Promise<void>;
  activate(id: string): Promise<Integration>;
  deactivate(id: string): Promise<Integration>;
  /** Assignments of one integration, users first then groups by priority. */
  listAssignments(integrationId: string): Promise<readonly AssignmentRecord[]>;
  /** Inserts or replaces the assignment for its target; emits `assigned` on insert. Rules live in `createAssignments`. */
  saveAssignment(record: AssignmentRecord): Promise<void>;
  /** Removes an assignment; emits `unassigned`. Returns whether one existed. */
  removeAssignment(integrationId: string, target: AssignmentTarget): Promise<boolean>;
}
