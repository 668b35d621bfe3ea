import { isSecret } from '@integrakit/protocols';
import { describe, expect, it, vi } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { samlDraft, scimConnection, swaSyncDraft } from './__fixtures__/drafts.js';
import { defaultProtocols } from './default-protocols.js';
import type { IntegrationEvent } from './events.js';
import { createMemoryStore } from './memory-store.js';

function setup() {
  let tick = 0;
  let id = 0;
  const store = createMemoryStore({
    protocols: defaultProtocols,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    generateId: () => `app${++id}`,
  });
  const events: IntegrationEvent[] = [];
  store.events.onAny((event) => events.push(event));
  return { store, events };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('memory store: lifecycle', () => {
  it('creates active by default, or inactive on request, with times and events', async () => {
    const { store, events } = setup();
    const active = await store.create(samlDraft);
    const inactive = await store.create({ ...samlDraft, label: 'Other' }, { activate: false });
    expect(active).toMatchObject({ id: 'app1', status: 'ACTIVE', created: '2026-01-01T00:00:00.000Z' });
    expect(inactive.status).toBe('INACTIVE');
    expect(events.map((event) => event.type)).toEqual(['created', 'created']);
  });

  it('refuses duplicate labels (case-insensitive) and invalid drafts', async () => {
    const { store } = setup();
    await store.create(samlDraft);
    const duplicate = await rejection(store.create({ ...samlDraft, label: 'ACME saml' }));
    expect(isIntegrakitError(duplicate, 'ERR_INVALID_INTEGRATION')).toBe(true);
    const invalid = await rejection(store.create({ ...samlDraft, label: '' }));
    expect(isIntegrakitError(invalid, 'ERR_INVALID_INTEGRATION')).toBe(true);
  });

  it('deletes only inactive integrations', async () => {
    const { store, events } = setup();
    const app = await store.create(samlDraft);
    expect(isIntegrakitError(await rejection(store.delete(app.id)), 'ERR_LIFECYCLE')).toBe(true);
    await store.deactivate(app.id);
    await store.delete(app.id);
    expect(isIntegrakitError(await rejection(store.get(app.id)), 'ERR_NOT_FOUND')).toBe(true);
    expect(events.map((event) => event.type)).toEqual(['created', 'deactivated', 'deleted']);
  });

  it('activates and deactivates idempotently, emitting only on change', async () => {
    const { store, events } = setup();
    const app = await store.create(samlDraft);
    await store.activate(app.id);
    await store.deactivate(app.id);
    await store.deactivate(app.id);
    expect((await store.activate(app.id)).status).toBe('ACTIVE');
    expect(events.map((event) => event.type)).toEqual(['created', 'deactivated', 'activated']);
  });

  it('updates mutable fields, keeps kind, re-validates, and reports the previous value', async () => {
    const { store, events } = setup();
    const app = await store.create(samlDraft);
    const updated = await store.update(app.id, { label: 'Renamed', visibility: { hide: { web: true } } });
    expect(updated).toMatchObject({
      label: 'Renamed',
      kind: 'custom',
      visibility: { hide: { web: true, iOS: false } },
    });
    expect(updated.lastUpdated > app.lastUpdated).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'updated', previous: { label: 'Acme SAML' } });
    expect(
      isIntegrakitError(await rejection(store.update(app.id, { revealPassword: true })), 'ERR_INVALID_INTEGRATION'),
    ).toBe(true);
  });

  it('locks SWA sign-on options while Sync Password is on, and unlocks when it is off', async () => {
    const { store } = setup();
    const app = await store.create(swaSyncDraft);
    const changed = {
      protocol: 'swa',
      config: {
        mode: 'AUTO_LOGIN',
        loginUrl: 'https://acme.example.com/new',
        credentials: { scheme: 'EXTERNAL_PASSWORD_SYNC' },
      },
    } as const;
    expect(isIntegrakitError(await rejection(store.update(app.id, { signOn: changed })), 'ERR_LIFECYCLE')).toBe(true);
    expect((await store.update(app.id, { label: 'Still editable' })).label).toBe('Still editable');
    await store.update(app.id, {
      provisioning: { type: 'scim', connection: scimConnection, features: { create: true } },
    });
    expect((await store.update(app.id, { signOn: changed })).signOn.config).toMatchObject(changed.config);
  });

  it('keeps secrets as Secrets through create, get and update (structuredClone would empty them)', async () => {
    const { store } = setup();
    const app = await store.create(swaSyncDraft);
    const read = async () => {
      const connection = (await store.get(app.id)).provisioning;
      return connection.type === 'scim' ? (connection.connection.auth as { token: unknown }).token : undefined;
    };
    expect(isSecret(await read())).toBe(true);
    expect(((await read()) as { reveal(): string }).reveal()).toBe(scimConnection.auth.token);
    await store.update(app.id, { label: 'Renamed' });
    expect(isSecret(await read())).toBe(true);
    expect(JSON.stringify(await store.get(app.id))).not.toContain(scimConnection.auth.token);
  });

  it('returns copies that cannot change stored state', async () => {
    const { store } = setup();
    const app = await store.create(samlDraft);
    app.visibility.hide.web = true;
    expect((await store.get(app.id)).visibility.hide.web).toBe(false);
  });

  it('keeps delivering events when a listener throws', async () => {
    const { store } = setup();
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store.events.on('created', () => {
      throw new Error('listener bug');
    });
    const seen = vi.fn();
    const unsubscribe = store.events.on('created', seen);
    await store.create(samlDraft);
    unsubscribe();
    await store.create({ ...samlDraft, label: 'Second' });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledTimes(2);
    report.mockRestore();
  });
});

describe('memory store: list', () => {
  it('filters and pages with a cursor', async () => {
    const { store } = setup();
    for (let i = 0; i < 5; i += 1) await store.create({ ...samlDraft, label: `App ${i}` }, { activate: i % 2 === 0 });
    await store.create(swaSyncDraft);
    const first = await store.list({ limit: 2 });
    expect(first.items.map((item) => item.label)).toEqual(['App 0', 'App 1']);
    const second = await store.list({ limit: 2, after: first.nextCursor ?? '' });
    expect(second.items.map((item) => item.label)).toEqual(['App 2', 'App 3']);
    const last = await store.list({ limit: 2, after: second.nextCursor ?? '' });
    expect(last.nextCursor).toBeUndefined();
    expect((await store.list({ filter: { status: 'INACTIVE' } })).items.map((item) => item.label)).toEqual([
      'App 1',
      'App 3',
    ]);
    expect((await store.list({ filter: { protocol: 'swa' } })).items).toHaveLength(1);
    expect((await store.list({ filter: { q: 'app 4' } })).items.map((item) => item.label)).toEqual(['App 4']);
    expect(isIntegrakitError(await rejection(store.list({ limit: 0 })), 'ERR_INVALID_INTEGRATION')).toBe(true);
    expect(isIntegrakitError(await rejection(store.list({ after: 'gone' })), 'ERR_NOT_FOUND')).toBe(true);
  });
});
