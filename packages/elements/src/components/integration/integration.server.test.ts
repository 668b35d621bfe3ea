import type { OktaApp } from '@integrakit/core/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationChangeEvent } from '../../events/integration-change.js';
import type { IkIntegrationDeletedEvent } from '../../events/integration-deleted.js';
import type { IkIntegrationUpdatedEvent } from '../../events/integration-updated.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { bookmarkAppBody } from './__fixtures__/apps.js';
import { mountIntegration, part, shadow, statusText } from './__fixtures__/mount.js';

// <ik-integration> against the real reference server (its requests go through node with the token).

const server = referenceServerForThisFile();
afterEach(() => {
  document.body.replaceChildren();
});

const bookmark = bookmarkAppBody;
const unique = (label: string) => `${label} ${crypto.randomUUID().slice(0, 8)}`;
const createApp = (label: string): Promise<OktaApp> => referenceClient(server.url).apps.create(bookmark(unique(label)));

describe('<ik-integration> header and lifecycle', () => {
  it('deactivates, offers Delete only while inactive, confirms, and deletes', async () => {
    const app = await createApp('Lifecycle');
    const element = await mountIntegration(server.url, app);
    const updated: IkIntegrationUpdatedEvent[] = [];
    const deleted: IkIntegrationDeletedEvent[] = [];
    element.addEventListener('ik-integration-updated', (event) => updated.push(event));
    element.addEventListener('ik-integration-deleted', (event) => deleted.push(event));
    expect(part(element, '[part="label"]').textContent).toBe(app.label);
    expect(part(element, '[part="label"]').getAttribute('aria-level')).toBe('2');
    expect(part(element, '[part="app-id"]').textContent).toBe(app.id);
    expect(part(element, '[part="status-badge"]').textContent?.trim()).toBe('Active');
    expect(shadow(element).querySelector('[part="delete"]')).toBeNull();
    await expectAccessible(element);

    // Delete while active: the host API asks the server, which refuses (Okta's rule); nothing changes.
    await element.delete();
    await expect.poll(() => statusText(element)).toContain('The server refused the change');
    expect((await referenceClient(server.url).apps.get(app.id)).status).toBe('ACTIVE');
    expect(deleted).toHaveLength(0);

    await userEvent.click(part(element, '[part="lifecycle"]'));
    await expect.poll(() => part(element, '[part="status-badge"]').textContent?.trim()).toBe('Inactive');
    expect(statusText(element)).toBe('Application deactivated.');
    expect(updated.at(-1)?.detail.app.status).toBe('INACTIVE');
    expect(shadow(element).activeElement?.id).toBe('lifecycle');

    await userEvent.click(part(element, '[part="delete"]'));
    const dialog = part<HTMLDialogElement>(element, '#delete-confirm');
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain(`Delete ${app.label}?`);
    await expectAccessible(element);
    await userEvent.click(part(element, '[part="cancel-delete"]'));
    expect(dialog.open).toBe(false);
    expect((await referenceClient(server.url).apps.get(app.id)).status).toBe('INACTIVE');

    await userEvent.click(part(element, '[part="delete"]'));
    await userEvent.click(part(element, '[part="confirm-delete"]'));
    await expect.poll(() => deleted.map((event) => event.detail.appId)).toEqual([app.id]);
    const gone = await referenceClient(server.url)
      .apps.get(app.id)
      .catch((error: { status?: number }) => error.status);
    expect(gone).toBe(404);
  }, 60_000);

  it('lets the host veto a change: nothing is sent', async () => {
    const app = await createApp('Vetoed');
    const element = await mountIntegration(server.url, app);
    const changes: IkIntegrationChangeEvent[] = [];
    element.addEventListener('ik-integration-change', (event) => {
      changes.push(event);
      event.preventDefault();
    });
    await userEvent.click(part(element, '[part="lifecycle"]'));
    expect(changes.map((event) => event.detail.change)).toEqual([{ action: 'deactivate' }]);
    expect(statusText(element)).toBe('The change was not sent.');
    expect((await referenceClient(server.url).apps.get(app.id)).status).toBe('ACTIVE');
  }, 60_000);

  it('says when the app does not exist', async () => {
    const element = document.createElement('ik-integration');
    element.client = referenceClient(server.url);
    element.appId = '0oa-missing';
    document.body.append(element);
    await expect.poll(() => shadow(element).querySelector('[role="alert"]')?.textContent).toContain('does not exist');
    await expectAccessible(element);
  });

  it('keeps hostile labels inert', async () => {
    window.__ikXss = 0;
    for (const payload of payloads.slice(0, 3)) {
      const app = await referenceClient(server.url).apps.create(bookmark(`X ${payload}`.slice(0, 100)));
      const element = await mountIntegration(server.url, app);
      expect(part(element, '[part="label"]').textContent).toBe(app.label);
      expect(shadow(element).querySelector('img, script, svg')).toBeNull();
      element.remove();
    }
    expect(window.__ikXss).toBe(0);
  }, 60_000);
});

describe('<ik-integration> General tab', () => {
  it('shows a server field error in place, then a conflict on a stale save, then saves after reloading', async () => {
    const app = await createApp('General');
    const element = await mountIntegration(server.url, app);
    const changes: IkIntegrationChangeEvent[] = [];
    element.addEventListener('ik-integration-change', (event) => changes.push(event));
    await userEvent.click(part(element, '[part="edit"]'));
    const label = part<HTMLInputElement>(element, '#f-label');
    expect(shadow(element).activeElement).toBe(label);
    expect(label.value).toBe(app.label);

    // A blank label: the server refuses it, and its cause lands on the label field.
    await userEvent.fill(label, ' ');
    await userEvent.click(part(element, '[part="save"]'));
    await expect.poll(() => label.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(part(element, '#f-label-error').textContent).not.toBe('');
    expect(shadow(element).activeElement?.id).toBe('error-summary');
    expect(changes.at(-1)?.detail.change).toMatchObject({ action: 'save', body: { label: ' ', id: app.id } });
    await expectAccessible(element);

    // Someone else saves meanwhile: this save is refused as stale, not written over theirs.
    const other = referenceClient(server.url);
    const theirs = await other.apps.read(app.id);
    await other.apps.update(app.id, { ...theirs.value, label: `${app.label} (theirs)` }, { ifMatch: theirs.etag });
    await userEvent.fill(label, `${app.label} (mine)`);
    await userEvent.click(part(element, '#f-hideWeb'));
    await userEvent.click(part(element, '[part="save"]'));
    await expect
      .poll(() => shadow(element).querySelector('[part="conflict"]') !== null, { timeout: 15_000 })
      .toBe(true);
    expect(shadow(element).activeElement?.id).toBe('conflict');
    expect((await other.apps.get(app.id)).label).toBe(`${app.label} (theirs)`);
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="reload"]'));
    await expect.poll(() => part<HTMLInputElement>(element, '#f-label').value).toBe(`${app.label} (theirs)`);
    await userEvent.fill(part<HTMLInputElement>(element, '#f-label'), `${app.label} (merged)`);
    await userEvent.click(part(element, '#f-hideWeb'));
    await userEvent.click(part(element, '[part="save"]'));
    await expect.poll(() => statusText(element), { timeout: 15_000 }).toBe('Saved.');
    expect(shadow(element).activeElement?.id).toBe('general-edit');
    expect(part(element, '[part="label"]').textContent).toBe(`${app.label} (merged)`);
    const stored = await other.apps.get(app.id);
    expect(stored.label).toBe(`${app.label} (merged)`);
    expect(stored.visibility).toMatchObject({ hide: { web: true } });
    await expectAccessible(element);
  }, 60_000);
});
