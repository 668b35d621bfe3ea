// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { createWorld, pushProvisioning } from './__fixtures__/world.js';
import { AssignmentError, type AssignmentErrorReason } from './errors.js';
import { createAssignments } from './rules.js';

async function refused(promise: Promise<unknown>, reason: AssignmentErrorReason): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AssignmentError);
    expect(isIntegrakitError(error, 'ERR_ASSIGNMENT')).toBe(true);
    expect((error as AssignmentError).reason).toBe(reason);
    return;
  }
  throw new Error(`expected a refusal (${reason})`);
}

describe('assigning users and groups', () => {
  it('assigns a user directly and computes the username from the format', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app({
      username: { template: { type: 'BUILT_IN', template: '${fn:toLowerCase(source.email)}' } },
    });
    expect(await assignments.assignUser(id, 'ada')).toMatchObject({ scope: 'USER', username: 'ada@example.com' });
  });

  it('refuses assignments to inactive integrations, and allows them once active', async () => {
    const { assignments, store, app } = createWorld();
    const { id } = await app();
    await store.deactivate(id);
    await refused(assignments.assignUser(id, 'ada'), 'inactive_integration');
    await refused(assignments.assignGroup(id, 'eng'), 'inactive_integration');
    await store.activate(id);
    await expect(assignments.assignUser(id, 'ada')).resolves.toMatchObject({ userId: 'ada' });
  });

  it('refuses unknown users and groups, and duplicates', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app();
    await refused(assignments.assignUser(id, 'nobody'), 'unknown_user');
    await refused(assignments.assignGroup(id, 'nogroup'), 'unknown_group');
    await assignments.assignUser(id, 'ada');
    await assignments.assignGroup(id, 'eng');
    await refused(assignments.assignUser(id, 'ada'), 'duplicate');
    await refused(assignments.assignGroup(id, 'eng'), 'duplicate');
  });

  it('requires a manual username for format None with push provisioning, and accepts one', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app({ username: { template: { type: 'NONE' } }, provisioning: pushProvisioning });
    await refused(assignments.assignUser(id, 'ada'), 'username_required');
    await refused(assignments.assignGroup(id, 'eng'), 'username_required');
    await refused(assignments.assignUser(id, 'ada', { username: ' ' }), 'invalid_username');
    expect(await assignments.assignUser(id, 'ada', { username: 'ada.l' })).toMatchObject({ username: 'ada.l' });
  });

  it('does not require a username for format None without push provisioning', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app({ username: { template: { type: 'NONE' } } });
    expect(await assignments.assignUser(id, 'ada')).toMatchObject({ username: null });
    await expect(assignments.assignGroup(id, 'eng')).resolves.toBeUndefined();
  });

  it('requires a username when push is on and the format yields nothing for the user', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app({
      provisioning: pushProvisioning,
      username: { template: { type: 'BUILT_IN', template: '${source.email}' } },
    });
    await refused(assignments.assignUser(id, 'cyd'), 'username_required');
    await expect(assignments.assignUser(id, 'ada')).resolves.toMatchObject({ username: 'Ada@Example.com' });
  });

  it('refuses a username on shared-credential SWA apps and allows one otherwise', async () => {
    const { assignments, store } = createWorld();
    const swa = (credentials: Record<string, string>, label: string) =>
      store.create({
        kind: 'custom',
        label,
        signOn: { protocol: 'swa', config: { mode: 'AUTO_LOGIN', loginUrl: 'https://x.example.com', credentials } },
      });
    const shared = await swa(
      { scheme: 'SHARED_USERNAME_AND_PASSWORD', sharedUsername: 'team', sharedPassword: 'shared-pw-123' },
      'Shared',
    );
    const own = await swa({ scheme: 'EDIT_USERNAME_AND_PASSWORD' }, 'Own');
    await refused(assignments.assignUser(shared.id, 'ada', { username: 'x' }), 'username_not_allowed');
    await expect(assignments.assignUser(own.id, 'ada', { username: 'x' })).resolves.toMatchObject({ username: 'x' });
  });

  it('unassigns, and refuses to unassign what is not assigned', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app();
    await assignments.assignUser(id, 'bob');
    await assignments.assignGroup(id, 'ops');
    await assignments.unassignUser(id, 'bob');
    await assignments.unassignGroup(id, 'ops');
    expect(await assignments.effective(id, 'bob')).toBeNull();
    await refused(assignments.unassignUser(id, 'bob'), 'not_assigned');
    await refused(assignments.unassignGroup(id, 'ops'), 'not_assigned');
  });
});

describe('effective assignment', () => {
  it('lets a direct assignment beat group assignments', async () => {
    const { assignments, app } = createWorld();
    const { id } = await app();
    await assignments.assignGroup(id, 'eng', { profile: { role: 'eng' } });
    await assignments.assignUser(id, 'ada', { profile: { role: 'direct' } });
    expect(await assignments.effective(id, 'ada')).toMatchObject({ scope: 'USER', profile: { role: 'direct' } });
    expect(await assignments.effective(id, 'bob')).toMatchObject({
      scope: 'GROUP',
      groupId: 'eng',
      profile: { role: 'eng' },
    });
  });

  it('takes the profile from the highest-priority group, and follows reordering', async () => {
    const { assignments, store, app } = createWorld();
    const { id } = await app();
    await assignments.assignGroup(id, 'eng', { profile: { role: 'eng' } });
    await assignments.assignGroup(id, 'ops', { profile: { role: 'ops' } });
    expect(await assignments.effective(id, 'ada')).toMatchObject({ groupId: 'eng' });
    await assignments.reorderGroups(id, ['ops', 'eng']);
    expect(await assignments.effective(id, 'ada')).toMatchObject({ groupId: 'ops', profile: { role: 'ops' } });
    expect(
      (await store.listAssignments(id)).map((record) => [record.id, 'priority' in record ? record.priority : -1]),
    ).toEqual([
      ['ops', 0],
      ['eng', 1],
    ]);
    await refused(assignments.reorderGroups(id, ['ops']), 'invalid_order');
    await refused(assignments.reorderGroups(id, ['ops', 'ops']), 'invalid_order');
  });

  it('inserts at a taken priority by moving the others down, and refuses out-of-range priorities', async () => {
    const { assignments, store, app } = createWorld();
    const { id } = await app();
    await assignments.assignGroup(id, 'eng');
    await assignments.assignGroup(id, 'ops', { priority: 0 });
    expect((await store.listAssignments(id)).map((record) => record.id)).toEqual(['ops', 'eng']);
    expect(await assignments.effective(id, 'ada')).toMatchObject({ groupId: 'ops' });
    const other = await app({ label: 'Other' });
    await refused(assignments.assignGroup(other.id, 'eng', { priority: 101 }), 'invalid_priority');
    await refused(assignments.assignGroup(other.id, 'eng', { priority: 1.5 }), 'invalid_priority');
  });

  it('recomputes the username on attribute change for "create and update" only', async () => {
    const { assignments, directory, app } = createWorld();
    const custom = { type: 'CUSTOM', template: 'String.substringBefore(user.login, "@")' } as const;
    const updating = await app({ label: 'Updating', username: { template: custom, updateOn: 'CREATE_AND_UPDATE' } });
    const fixed = await app({ label: 'Fixed', username: { template: custom, updateOn: 'CREATE_ONLY' } });
    await assignments.assignUser(updating.id, 'ada');
    await assignments.assignGroup(fixed.id, 'eng');
    directory.putUser({ id: 'ada', profile: { login: 'lovelace@example.com' } });
    expect((await assignments.effective(updating.id, 'ada'))?.username).toBe('lovelace');
    expect((await assignments.effective(fixed.id, 'ada'))?.username).toBe('ada');
  });
});

describe('effective assignments of many users', () => {
  it('equals each user’s own effective assignment, in order, reading the app’s assignments once', async () => {
    const { assignments, store, directory, app } = createWorld();
    const { id } = await app({
      username: { template: { type: 'BUILT_IN', template: '${fn:toLowerCase(source.email)}' } },
    });
    await assignments.assignUser(id, 'ada', { username: 'ada.l' });
    await assignments.assignGroup(id, 'eng');
    const users = ['cyd', 'bob', 'ada'];
    const one = [];
    for (const user of users) one.push(await assignments.effective(id, user));
    let reads = 0;
    const counted = createAssignments({
      store: {
        ...store,
        listAssignments: (integrationId) => {
          reads += 1;
          return store.listAssignments(integrationId);
        },
      },
      directory,
    });
    expect(await counted.effectiveMany(id, users)).toEqual(one);
    expect(one.map((assignment) => assignment?.scope ?? null)).toEqual([null, 'GROUP', 'USER']);
    expect(reads).toBe(1);
    await refused(counted.effectiveMany(id, ['bob', 'nobody']), 'unknown_user');
  });
});

describe('dashboard', () => {
  it('lists active, assigned, visible apps only', async () => {
    const { assignments, store, app } = createWorld();
    const shown = await app({ label: 'Shown', visibility: { autoLaunch: true } });
    const hidden = await app({ label: 'Hidden', visibility: { hide: { web: true } } });
    const inactive = await app({ label: 'Inactive' });
    await app({ label: 'Unassigned' });
    for (const integration of [shown, hidden, inactive]) await assignments.assignGroup(integration.id, 'eng');
    await store.deactivate(inactive.id);
    expect(await assignments.dashboard('ada')).toEqual([
      {
        integrationId: shown.id,
        label: 'Shown',
        protocol: 'saml',
        autoLaunch: true,
        hidden: false,
        username: 'ada@example.com',
      },
    ]);
    expect(
      (await assignments.dashboard('ada', { includeHidden: true })).map((tile) => [tile.label, tile.hidden]),
    ).toEqual([
      ['Shown', false],
      ['Hidden', true],
    ]);
    expect((await assignments.dashboard('ada', { platform: 'iOS' })).map((tile) => tile.label)).toEqual([
      'Shown',
      'Hidden',
    ]);
    expect(await assignments.dashboard('cyd')).toEqual([]);
  });
});
