import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile, unique } from '../../test-utils/reference-server.js';
import { mountIntegration, openTab, shadow } from './__fixtures__/mount.js';

// Imports only <ik-integration>'s define: opening the Assignments tab must load <ik-assignments> itself.
const server = referenceServerForThisFile();
afterEach(() => {
  document.body.replaceChildren();
});

describe('<ik-integration> Assignments tab', () => {
  it('mounts <ik-assignments> with the page’s client: it lists the app’s people and groups from the server', async () => {
    const client = referenceClient(server.url);
    const app = await client.apps.create({
      name: 'bookmark',
      label: `Handbook ${unique()}`,
      signOnMode: 'BOOKMARK',
      settings: { app: { url: 'https://example.com/handbook', requestIntegration: false } },
    });
    const login = `katherine.${unique()}@example.com`;
    const katherine = await client.users.create({
      profile: { login, email: login, firstName: 'Katherine', lastName: 'Johnson' },
    });
    const group = await client.groups.create({ profile: { name: `Flight ${app.id}` } });
    await client.appUsers.assign(app.id, { id: katherine.id, credentials: { userName: 'kjohnson' } });
    await client.appGroups.assign(app.id, group.id);

    const element = await mountIntegration(server.url, app);
    await openTab(element, 'assignments');
    await expect.poll(() => customElements.get('ik-assignments'), { timeout: 30_000 }).toBeDefined();
    const assignments = shadow(element).querySelector('ik-assignments');
    expect(assignments?.client).toBe(element.client);
    const rows = () =>
      [...(assignments?.shadowRoot?.querySelectorAll<HTMLElement>('[part="person"]') ?? [])].map((row) =>
        row.textContent?.replace(/\s+/g, ' ').trim(),
      );
    await expect.poll(rows, { timeout: 30_000 }).toEqual([expect.stringContaining('Katherine Johnson')]);
    expect(rows()[0]).toContain('kjohnson');
    const groups = [...(assignments?.shadowRoot?.querySelectorAll('.group-name') ?? [])].map((node) =>
      node.textContent?.trim(),
    );
    expect(groups).toEqual([group.profile.name]);
    await expectAccessible(element);
  }, 120_000);
});
