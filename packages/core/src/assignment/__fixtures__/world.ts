import { samlDraft, scimConnection } from '../../integration/__fixtures__/drafts.js';
import { defaultProtocols } from '../../integration/default-protocols.js';
import { createMemoryStore } from '../../integration/memory-store.js';
import type { IntegrationDraftInput } from '../../integration/model.js';
import { createMemoryDirectory } from '../directory.js';
import { createAssignments } from '../rules.js';

/** A store, a directory with three users and two groups, and the assignment rules over them. */
export function createWorld() {
  let id = 0;
  const store = createMemoryStore({ protocols: defaultProtocols, generateId: () => `app${++id}` });
  const directory = createMemoryDirectory({
    users: [
      { id: 'ada', profile: { login: 'ada@example.com', email: 'Ada@Example.com' } },
      { id: 'bob', profile: { login: 'bob@example.com', email: 'bob@example.com' } },
      { id: 'cyd', profile: { login: 'cyd@example.com' } },
    ],
    groups: [
      { id: 'eng', name: 'Engineering', members: ['ada', 'bob'] },
      { id: 'ops', name: 'Operations', members: ['ada', 'cyd'] },
    ],
  });
  const assignments = createAssignments({ store, directory });
  const app = (draft: Partial<IntegrationDraftInput> = {}) =>
    store.create({ ...samlDraft, ...draft } as IntegrationDraftInput);
  return { store, directory, assignments, app };
}

/** SAML with SCIM push (Create Users), so usernames matter for every assignment. */
export const pushProvisioning = {
  type: 'scim',
  connection: scimConnection,
  features: { create: true },
} as const;
