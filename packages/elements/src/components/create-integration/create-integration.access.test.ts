import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient } from '../../test-utils/reference-server.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { expectStep, field, mountCreate, part, shadow, summaryLinks } from './__fixtures__/mount.js';
import type { IkCreateIntegration } from './create-integration.js';

let url = '';
const api = async (method: string, path: string, body?: unknown) => {
  const answer = await commands.referenceRequest({
    method,
    url: `${url}/api/v1${path}`,
    body: body === undefined ? '' : JSON.stringify(body),
    accept: 'application/json',
  });
  return JSON.parse(answer.body) as Record<string, unknown> & { id: string };
};
const groupIds = new Map<string, string>();
const hostileName = (payloads[0] ?? '<img src=x onerror=window.__ikXss++>').slice(0, 60);

beforeAll(async () => {
  ({ url } = await commands.startReferenceServer());
  // "Everyone in Sales" first: Okta's `q` matches it too, and it is not the Everyone group.
  for (const name of ['Everyone in Sales', 'Engineering', 'Finance', hostileName, 'Everyone']) {
    groupIds.set(name, (await api('POST', '/groups', { profile: { name, description: `${name} people` } })).id);
  }
}, 90_000);
afterAll(async () => {
  await commands.stopReferenceServer({ url });
});
afterEach(() => {
  document.body.replaceChildren();
});

async function toOidcSettings(element: IkCreateIntegration, label: string): Promise<void> {
  await userEvent.click(field(element, 'f-signOn.protocol'));
  await userEvent.click(field(element, 'f-signOn.config.applicationType'));
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, 'Step 2 of 3: General Settings');
  await userEvent.fill(field(element, 'f-label'), label);
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, 'Step 3 of 3: Sign-on settings');
  await userEvent.click(part(element, '#f-signOn\\.config\\.redirectUris-add'));
  await userEvent.fill(field(element, 'f-signOn.config.redirectUris.0'), 'https://portal.example.com/callback');
}

const assignedGroups = async (appId: string) =>
  (await api('GET', `/apps/${appId}/groups`)) as unknown as { id: string }[];
const accessNote = (element: IkCreateIntegration) =>
  shadow(element).querySelector('[part="access-result"]')?.textContent;
const mountWithClient = () =>
  mountCreate((el) => {
    el.client = referenceClient(url);
  });

/** Presses Done and waits for the app to be created and its access note shown; gives the app's id. */
async function doneWithAccess(element: IkCreateIntegration): Promise<string> {
  const saved = new Promise<string>((resolve) =>
    element.addEventListener('ik-integration-saved', (event) => resolve(String(event.detail.app.id)), { once: true }),
  );
  await userEvent.click(part(element, '[part="next"]'));
  const appId = await saved;
  await expect.poll(() => accessNote(element)).toBeTruthy();
  return appId;
}

describe('<ik-create-integration> OIDC controlled access (reference server)', () => {
  it('limits access to the groups picked, refusing none, and assigns them on the server', async () => {
    window.__ikXss = 0;
    const element = await mountWithClient();
    await toOidcSettings(element, 'Limited Portal');
    expect(field(element, 'f-access.mode-2').checked).toBe(true);
    const modes = [...shadow(element).querySelectorAll('#f-access\\.mode ~ label, [for^="f-access.mode"]')].map(
      (label) => label.textContent?.trim(),
    );
    expect(modes).toEqual([
      'Allow everyone in your organization to access',
      'Limit access to selected groups',
      'Skip group assignment for now',
    ]);
    await expectAccessible(element);

    await userEvent.click(field(element, 'f-access.mode-1'));
    await expect.poll(() => shadow(element).querySelectorAll('[for^="f-access.groupIds"]').length).toBe(groupIds.size);
    expect(shadow(element).querySelector('img, script, svg[onload]')).toBeNull();
    expect(window.__ikXss).toBe(0);
    await expectAccessible(element);

    // None picked: refused at the groups field.
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => summaryLinks(element)).toEqual(['Selected groups: This field cannot be left blank']);
    expect(part(element, 'fieldset[aria-describedby~="f-access.groupIds-error"]')).not.toBeNull();
    await expectAccessible(element);

    await userEvent.fill(field(element, 'access-search'), 'fin');
    await expect.poll(() => shadow(element).querySelectorAll('[for^="f-access.groupIds"]').length).toBe(1);
    await userEvent.click(field(element, 'f-access.groupIds'));
    await userEvent.fill(field(element, 'access-search'), 'eng');
    // Finance stays listed (picked) above the new matches.
    await expect
      .poll(() => [...shadow(element).querySelectorAll('[for^="f-access.groupIds"]')].map((l) => l.textContent))
      .toEqual(['Finance', 'Engineering']);
    await userEvent.click(field(element, 'f-access.groupIds-1'));
    const appId = await doneWithAccess(element);
    expect(accessNote(element)).toBe('Assigned to Finance, Engineering.');
    const assigned = (await assignedGroups(appId)).map((group) => group.id);
    expect(assigned.sort()).toEqual([groupIds.get('Finance'), groupIds.get('Engineering')].sort());
    await expectAccessible(element);
  }, 90_000);

  it('assigns the Everyone group for "Allow everyone", and nothing when skipped', async () => {
    const everyone = await mountWithClient();
    await toOidcSettings(everyone, 'Everyone Portal');
    await userEvent.click(field(everyone, 'f-access.mode'));
    const appId = await doneWithAccess(everyone);
    expect(accessNote(everyone)).toBe('Assigned to everyone in your organization.');
    expect((await assignedGroups(appId)).map((group) => group.id)).toEqual([groupIds.get('Everyone')]);
    // Dismissing the once-only secret keeps the access note, and the secret stays gone.
    await userEvent.click(part(everyone, '[part="dismiss-secret"]'));
    await expect.poll(() => shadow(everyone).querySelector('[part="secret-panel"]')).toBeNull();
    expect(accessNote(everyone)).toBe('Assigned to everyone in your organization.');
    everyone.remove();

    const skipped = await mountWithClient();
    await toOidcSettings(skipped, 'Skipped Portal');
    const skippedApp = await doneWithAccess(skipped);
    expect(accessNote(skipped)).toContain('No groups are assigned yet');
    expect(await assignedGroups(skippedApp)).toEqual([]);
    await expectAccessible(skipped);
  }, 90_000);
});
