import { describe, expect, it } from 'vitest';
import { defaultProtocols } from '../default-protocols.js';
import { refusal } from './__fixtures__/walk.js';
import { createCustomFlow } from './custom-flow.js';
import {
  accessAssignments,
  DEFAULT_CONTROLLED_ACCESS,
  EVERYONE_GROUP,
  findEveryoneGroup,
  MAX_EVERYONE_SCAN,
} from './custom-flow-access.js';

const flow = createCustomFlow({ protocols: defaultProtocols });
const oidc = (applicationType: string) =>
  flow.update(
    flow.next(
      flow.update(flow.next(flow.update(flow.start(), { protocol: 'oidc', applicationType })), { label: 'Acme' }),
    ),
    { config: { redirectUris: ['https://acme.example.com/cb'] } },
  );

describe('create-custom flow: OIDC controlled access', () => {
  it('starts at "Skip group assignment for now", which assigns nothing', () => {
    const state = oidc('web');
    expect(state.draft.access).toEqual(DEFAULT_CONTROLLED_ACCESS);
    expect(accessAssignments(state.draft.access)).toEqual({ everyone: false, groupIds: [] });
    // A web app may add SCIM provisioning after its settings.
    expect(flow.next(state).step).toBe('provisioning');
  });

  it('refuses "Limit access to selected groups" without a group, at the groups field', () => {
    const limited = flow.update(oidc('web'), { access: { mode: 'groups', groupIds: [] } });
    expect(refusal(() => flow.next(limited))).toEqual(['access.groupIds:required']);
    const chosen = flow.update(limited, { access: { mode: 'groups', groupIds: ['00g1', '00g2', '00g1'] } });
    const done = flow.next(chosen);
    expect(done.step).toBe('provisioning');
    expect(accessAssignments(done.draft.access)).toEqual({ everyone: false, groupIds: ['00g1', '00g2'] });
  });

  it('assigns the Everyone group for "Allow everyone in your organization to access"', () => {
    const everyone = flow.update(oidc('browser'), { access: { mode: 'everyone', groupIds: [] } });
    expect(accessAssignments(flow.next(everyone).draft.access)).toEqual({ everyone: true });
  });

  it('bounds the patch: known modes, non-empty ids, at most 100 groups', () => {
    expect(refusal(() => flow.update(oidc('web'), { access: { mode: 'all', groupIds: [] } }))).toEqual([
      'access.mode:invalid_value',
    ]);
    expect(refusal(() => flow.update(oidc('web'), { access: { mode: 'groups', groupIds: [''] } }))).toEqual([
      'access.groupIds.0:too_small',
    ]);
    const many = Array.from({ length: 101 }, (_, index) => `00g${index}`);
    expect(refusal(() => flow.update(oidc('web'), { access: { mode: 'groups', groupIds: many } }))).toEqual([
      'access.groupIds:too_big',
    ]);
  });

  it('has no controlled access for a service, which has no users', () => {
    const service = flow.update(
      flow.next(
        flow.update(flow.next(flow.update(flow.start(), { protocol: 'oidc', applicationType: 'service' })), {
          label: 'Acme',
        }),
      ),
      { access: { mode: 'groups', groupIds: [] } },
    );
    expect(flow.next(service).step).toBe('done');
  });

  describe('finding the Everyone group', () => {
    /** Groups as a paged list yields them, counting how many were pulled. */
    const listing = (names: readonly string[]) => {
      const pulled = { count: 0 };
      async function* groups() {
        for (const [index, name] of names.entries()) {
          pulled.count += 1;
          yield { id: `00g${index}`, profile: { name } };
        }
      }
      return { groups: groups(), pulled };
    };

    it('takes the exact name, not a prefix match, and stops listing there', async () => {
      const { groups, pulled } = listing(['Everyone in Sales', EVERYONE_GROUP, 'Everyone else']);
      expect(await findEveryoneGroup(groups)).toBe('00g1');
      expect(pulled.count).toBe(2);
    });

    it('finds none in an org without it', async () => {
      expect(await findEveryoneGroup(listing(['everyone', 'Everyone ']).groups)).toBeUndefined();
    });

    it(`gives up after ${MAX_EVERYONE_SCAN} groups`, async () => {
      const names = [...Array.from({ length: MAX_EVERYONE_SCAN }, (_, index) => `Everyone ${index}`), EVERYONE_GROUP];
      const { groups, pulled } = listing(names);
      expect(await findEveryoneGroup(groups)).toBeUndefined();
      expect(pulled.count).toBe(MAX_EVERYONE_SCAN);
      expect(await findEveryoneGroup(listing(names.slice(1)).groups)).toBe(`00g${MAX_EVERYONE_SCAN - 1}`);
    });
  });
});
