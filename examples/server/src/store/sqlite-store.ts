import {
  IntegrakitError,
  type Integration,
  type IntegrationPage,
  type IntegrationStore,
  IntegrationValidationError,
  type ListOptions,
  type ProtocolRegistry,
  validateIntegration,
} from '@integrakit/core';
import { type AssignmentRecord, AssignmentRecordSchema } from '@integrakit/core/assignment';
import { fromStoredJson, toStoredJson } from './codec.js';
import type { Db } from './database.js';
import { createEmitter } from './events.js';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  readonly db: Db;
  readonly protocols: ProtocolRegistry;
  /** @default 'okta' — the server accepts what Okta's API accepts. */
  readonly policy?: 'strict' | 'okta';
  /** @default () => new Date() */
  readonly now?: () => Date;
}

type Patch = Parameters<IntegrationStore['update']>[1];
type Row = { data: string };

const notFound = (id: string) => new IntegrakitError('ERR_NOT_FOUND', `No integration with id '${id}'`);
const duplicateLabel = () =>
  new IntegrationValidationError([
    { path: ['label'], code: 'duplicate_label', message: 'another integration already uses this label' },
  ]);

/**
 * Core's {@link IntegrationStore} on SQLite. Every write runs in one transaction (a savepoint when
 * the caller already opened one), and label uniqueness is a unique index, so concurrent creates
 * cannot race past it.
 */
export function createSqliteStore(options: SqliteStoreOptions): IntegrationStore {
  const { db } = options;
  const events = createEmitter();
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const validation = { protocols: options.protocols, policy: options.policy ?? 'okta' } as const;

  const select = db.prepare<[string], Row>('SELECT data FROM integrations WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO integrations (id, label_key, status, kind, protocol, label, data) VALUES (@id, @labelKey, @status, @kind, @protocol, @label, @data)',
  );
  const replace = db.prepare(
    'UPDATE integrations SET label_key = @labelKey, status = @status, label = @label, data = @data WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM integrations WHERE id = ?');
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM integrations WHERE id = ?');
  const selectAssignments = db.prepare<[string], Row>(
    "SELECT data FROM assignments WHERE integration_id = ? ORDER BY type = 'group', priority, seq",
  );
  const upsertAssignment = db.prepare(
    `INSERT INTO assignments (integration_id, type, target_id, priority, seq, data)
     VALUES (@integrationId, @type, @id, @priority, (SELECT COALESCE(MAX(seq), 0) + 1 FROM assignments), @data)
     ON CONFLICT (integration_id, type, target_id) DO UPDATE SET priority = excluded.priority, data = excluded.data`,
  );
  const existsAssignment = db.prepare<[string, string, string], { n: number }>(
    'SELECT 1 AS n FROM assignments WHERE integration_id = ? AND type = ? AND target_id = ?',
  );
  const deleteAssignment = db.prepare(
    'DELETE FROM assignments WHERE integration_id = ? AND type = ? AND target_id = ?',
  );

  const find = (id: string): Integration => {
    const row = select.get(id);
    if (row === undefined) throw notFound(id);
    return fromStoredJson<Integration>(row.data);
  };
  const row = (integration: Integration) => ({
    id: integration.id,
    labelKey: integration.label.trim().toLowerCase(),
    status: integration.status,
    kind: integration.kind,
    protocol: integration.signOn.protocol,
    label: integration.label,
    data: toStoredJson(integration),
  });
  const uniqueLabel = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('label_key')) {
        throw duplicateLabel();
      }
      throw error;
    }
  };

  const createTx = db.transaction((integration: Integration) => uniqueLabel(() => insert.run(row(integration))));
  const updateTx = db.transaction((integration: Integration) => uniqueLabel(() => replace.run(row(integration))));
  const statusTx = db.transaction((id: string, status: Integration['status']) => {
    const current = find(id);
    if (current.status === status) return { current, next: current };
    const next: Integration = { ...current, status, lastUpdated: now() };
    replace.run(row(next));
    return { current, next };
  });
  const deleteTx = db.transaction((id: string) => {
    const current = find(id);
    // Okta deletes only inactive apps (E0000056 otherwise): deactivate first.
    if (current.status !== 'INACTIVE') {
      throw new IntegrakitError('ERR_LIFECYCLE', `Deactivate '${current.label}' before deleting it`);
    }
    remove.run(id);
    return current;
  });
  const saveTx = db.transaction((record: AssignmentRecord) => {
    find(record.integrationId);
    const existed = existsAssignment.get(record.integrationId, record.type, record.id) !== undefined;
    upsertAssignment.run({
      integrationId: record.integrationId,
      type: record.type,
      id: record.id,
      priority: record.type === 'group' ? record.priority : null,
      data: toStoredJson(record),
    });
    return existed;
  });
  const removeTx = db.transaction((integrationId: string, type: string, targetId: string) => {
    find(integrationId);
    return deleteAssignment.run(integrationId, type, targetId).changes > 0;
  });

  return {
    events,
    async create(draft, createOptions = {}) {
      const valid = validateIntegration(draft, validation);
      const time = now();
      const integration: Integration = {
        ...valid,
        id: crypto.randomUUID(),
        status: (createOptions.activate ?? true) ? 'ACTIVE' : 'INACTIVE',
        created: time,
        lastUpdated: time,
      };
      createTx(integration);
      events.emit({ type: 'created', integration: structuredClone(integration) });
      return integration;
    },
    async get(id) {
      return find(id);
    },
    async list(listOptions: ListOptions = {}): Promise<IntegrationPage> {
      const limit = listOptions.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
        throw new IntegrationValidationError([
          { path: ['limit'], code: 'out_of_range', message: 'must be an integer from 1 to 200' },
        ]);
      }
      let after = 0;
      if (listOptions.after !== undefined) {
        const found = seqOf.get(listOptions.after);
        if (found === undefined)
          throw new IntegrakitError('ERR_NOT_FOUND', 'The list cursor no longer points at an integration');
        after = found.seq;
      }
      const { filter = {} } = listOptions;
      const where = ['seq > @after'];
      if (filter.status !== undefined) where.push('status = @status');
      if (filter.kind !== undefined) where.push('kind = @kind');
      if (filter.protocol !== undefined) where.push('protocol = @protocol');
      if (filter.q !== undefined) where.push('instr(label_key, @q) > 0');
      const rows = db
        .prepare<Record<string, unknown>, Row>(
          `SELECT data FROM integrations WHERE ${where.join(' AND ')} ORDER BY seq LIMIT @take`,
        )
        .all({ ...filter, q: filter.q?.toLowerCase(), after, take: limit + 1 });
      const items = rows.slice(0, limit).map((item) => fromStoredJson<Integration>(item.data));
      const last = items.at(-1);
      return rows.length > limit && last !== undefined ? { items, nextCursor: last.id } : { items };
    },
    async update(id, patch: Patch) {
      const current = find(id);
      const { id: _id, status, created, lastUpdated: _lastUpdated, ...draft } = current;
      const valid = validateIntegration(
        { ...draft, ...patch, kind: current.kind, catalogEntry: current.catalogEntry },
        validation,
      );
      const next: Integration = { ...valid, id, status, created, lastUpdated: now() };
      updateTx(next);
      events.emit({ type: 'updated', integration: structuredClone(next), previous: current });
      return next;
    },
    async delete(id) {
      const current = deleteTx(id);
      events.emit({ type: 'deleted', integration: current });
    },
    async activate(id) {
      const { current, next } = statusTx(id, 'ACTIVE');
      if (current !== next) events.emit({ type: 'activated', integration: structuredClone(next) });
      return next;
    },
    async deactivate(id) {
      const { current, next } = statusTx(id, 'INACTIVE');
      if (current !== next) events.emit({ type: 'deactivated', integration: structuredClone(next) });
      return next;
    },
    async listAssignments(integrationId) {
      find(integrationId);
      return selectAssignments.all(integrationId).map((item) => fromStoredJson<AssignmentRecord>(item.data));
    },
    async saveAssignment(input) {
      const record = AssignmentRecordSchema.parse(input);
      const existed = saveTx(record);
      if (!existed) {
        events.emit({
          type: 'assigned',
          integrationId: record.integrationId,
          target: { type: record.type, id: record.id },
        });
      }
    },
    async removeAssignment(integrationId, target) {
      const removed = removeTx(integrationId, target.type, target.id);
      if (removed) events.emit({ type: 'unassigned', integrationId, target: { type: target.type, id: target.id } });
      return removed;
    },
  };
}
