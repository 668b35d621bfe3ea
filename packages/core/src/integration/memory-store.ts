import { type AssignmentRecord, AssignmentRecordSchema } from '../assignment/model.js';
import { IntegrakitError } from '../errors.js';
import { cloneData } from './clone.js';
import { type AssignmentTarget, IntegrationEventEmitter } from './events.js';
import { IntegrationValidationError, issue } from './issues.js';
import { assertCanDelete, assertSignOnEditable } from './lifecycle.js';
import type { Integration, IntegrationDraftInput } from './model.js';
import type { ProtocolValidationOptions } from './registry.js';
import type { CreateOptions, IntegrationPage, IntegrationPatch, IntegrationStore, ListOptions } from './store.js';
import { validateIntegration } from './validate.js';

/** Options for {@link createMemoryStore}. */
export interface MemoryStoreOptions extends ProtocolValidationOptions {
  /**
   * Clock for `created` / `lastUpdated`.
   * @default () => new Date()
   */
  readonly now?: () => Date;
  /**
   * Id generator.
   * @default () => crypto.randomUUID()
   */
  readonly generateId?: () => string;
}

/**
 * An in-memory {@link IntegrationStore}, for tests, demos and the reference server. Returned objects
 * are copies, so callers cannot change stored state behind the store's back.
 */
export function createMemoryStore(options: MemoryStoreOptions): IntegrationStore {
  const integrations = new Map<string, Integration>();
  const assignments = new Map<string, AssignmentRecord[]>();
  const events = new IntegrationEventEmitter();
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const generateId = options.generateId ?? (() => crypto.randomUUID());

  const find = (id: string): Integration => {
    const found = integrations.get(id);
    if (found === undefined) throw new IntegrakitError('ERR_NOT_FOUND', `No integration with id '${id}'`);
    return found;
  };
  const assertUniqueLabel = (label: string, except?: string) => {
    const taken = [...integrations.values()].some(
      (other) => other.id !== except && other.label.toLowerCase() === label.trim().toLowerCase(),
    );
    // Okta's E0000040: labels are unique within an org.
    if (taken)
      throw new IntegrationValidationError([
        issue(['label'], 'duplicate_label', 'another integration already uses this label'),
      ]);
  };
  const setStatus = (id: string, status: Integration['status']): Integration => {
    const current = find(id);
    if (current.status === status) return cloneData(current);
    const next = { ...current, status, lastUpdated: now() };
    integrations.set(id, next);
    events.emit({ type: status === 'ACTIVE' ? 'activated' : 'deactivated', integration: cloneData(next) });
    return cloneData(next);
  };

  return {
    events,
    async create(draft: IntegrationDraftInput, createOptions: CreateOptions = {}) {
      const valid = validateIntegration(draft, options);
      assertUniqueLabel(valid.label);
      const time = now();
      const integration: Integration = {
        ...valid,
        id: generateId(),
        status: (createOptions.activate ?? true) ? 'ACTIVE' : 'INACTIVE',
        created: time,
        lastUpdated: time,
      };
      if (integrations.has(integration.id))
        throw new IntegrakitError('ERR_LIFECYCLE', 'Generated id is already in use');
      integrations.set(integration.id, integration);
      assignments.set(integration.id, []);
      events.emit({ type: 'created', integration: cloneData(integration) });
      return cloneData(integration);
    },
    async get(id) {
      return cloneData(find(id));
    },
    async list(listOptions: ListOptions = {}): Promise<IntegrationPage> {
      const limit = listOptions.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
        throw new IntegrationValidationError([issue(['limit'], 'out_of_range', 'must be an integer from 1 to 200')]);
      }
      const { filter = {} } = listOptions;
      const q = filter.q?.toLowerCase();
      const all = [...integrations.values()].filter(
        (item) =>
          (filter.status === undefined || item.status === filter.status) &&
          (filter.kind === undefined || item.kind === filter.kind) &&
          (filter.protocol === undefined || item.signOn.protocol === filter.protocol) &&
          (q === undefined || item.label.toLowerCase().includes(q)),
      );
      // Map order is insertion order, so a cursor is simply the id of the last item served.
      const start = listOptions.after === undefined ? 0 : all.findIndex((item) => item.id === listOptions.after) + 1;
      if (start === 0 && listOptions.after !== undefined) {
        throw new IntegrakitError('ERR_NOT_FOUND', 'The list cursor no longer points at an integration');
      }
      const items = all.slice(start, start + limit).map((item) => cloneData(item));
      const last = items.at(-1);
      return start + limit < all.length && last !== undefined ? { items, nextCursor: last.id } : { items };
    },
    async update(id, patch: IntegrationPatch) {
      const current = find(id);
      const { id: _id, status: _status, created: _created, lastUpdated: _lastUpdated, ...draft } = current;
      const valid = validateIntegration(
        { ...draft, ...patch, kind: current.kind, catalogEntry: current.catalogEntry },
        options,
      );
      assertSignOnEditable(current, valid);
      assertUniqueLabel(valid.label, id);
      const next: Integration = { ...valid, id, status: current.status, created: current.created, lastUpdated: now() };
      integrations.set(id, next);
      events.emit({ type: 'updated', integration: cloneData(next), previous: cloneData(current) });
      return cloneData(next);
    },
    async delete(id) {
      const current = find(id);
      assertCanDelete(current);
      integrations.delete(id);
      assignments.delete(id);
      events.emit({ type: 'deleted', integration: cloneData(current) });
    },
    async activate(id) {
      return setStatus(id, 'ACTIVE');
    },
    async deactivate(id) {
      return setStatus(id, 'INACTIVE');
    },
    async listAssignments(integrationId) {
      find(integrationId);
      const records = assignments.get(integrationId) ?? [];
      const users = records.filter((record) => record.type === 'user');
      const groups = records.filter((record) => record.type === 'group').sort((a, b) => a.priority - b.priority);
      return cloneData([...users, ...groups]);
    },
    async saveAssignment(input) {
      const record = AssignmentRecordSchema.parse(input);
      find(record.integrationId);
      const records = assignments.get(record.integrationId) ?? [];
      const index = records.findIndex((other) => other.type === record.type && other.id === record.id);
      if (index >= 0) records.splice(index, 1, cloneData(record));
      else records.push(cloneData(record));
      assignments.set(record.integrationId, records);
      if (index < 0) events.emit({ type: 'assigned', integrationId: record.integrationId, target: targetOf(record) });
    },
    async removeAssignment(integrationId, target) {
      find(integrationId);
      const records = assignments.get(integrationId) ?? [];
      const index = records.findIndex((record) => record.type === target.type && record.id === target.id);
      if (index < 0) return false;
      records.splice(index, 1);
      events.emit({ type: 'unassigned', integrationId, target: { type: target.type, id: target.id } });
      return true;
    },
  };
}

function targetOf(record: AssignmentRecord): AssignmentTarget {
  return { type: record.type, id: record.id };
}
