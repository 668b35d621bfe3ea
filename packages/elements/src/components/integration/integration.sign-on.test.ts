import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { IkIntegrationChangeEvent } from '../../events/integration-change.js';
import type { IkIntegrationTabEvent } from '../../events/integration-tab.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient } from '../../test-utils/reference-server.js';
import { oidcAppBody, samlAppBody } from './__fixtures__/apps.js';
import { mountIntegration, openTab, part, shadow } from './__fixtures__/mount.js';

// The Sign On tab against the real reference server: setup values, signing certificate rotation.
let url = '';
beforeAll(async () => {
  ({ url } = await commands.startReferenceServer());
}, 90_000);
afterAll(async () => {
  await commands.stopReferenceServers();
});
afterEach(() => {
  document.body.replaceChildren();
});

const unique = (label: string) => `${label} ${crypto.randomUUID().slice(0, 8)}`;
const saml = () => referenceClient(url).apps.create(samlAppBody(unique('Signing')));
const rows = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="signing-certificate"]') ?? [])].map(
    (row) => row.dataset.kid,
  );

describe('<ik-integration> Sign On tab', () => {
  it('generates a next certificate published beside the active one, then activates it', async () => {
    const app = await saml();
    const element = await mountIntegration(url, app);
    const tabs: IkIntegrationTabEvent[] = [];
    const changes: IkIntegrationChangeEvent[] = [];
    element.addEventListener('ik-integration-tab', (event) => tabs.push(event));
    element.addEventListener('ik-integration-change', (event) => changes.push(event));

    // Manual activation: arrows move focus, Enter opens.
    part(element, '#tab-general').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow(element).activeElement?.id).toBe('tab-sign-on');
    expect(element.tab).toBe('general');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => element.tab).toBe('sign-on');
    expect(tabs.map((event) => event.detail.tab)).toEqual(['sign-on']);
    expect(element.getAttribute('tab')).toBe('sign-on');

    const before = await referenceClient(url).appKeys.list(app.id);
    expect(before).toHaveLength(1);
    await expect.poll(() => rows(element), { timeout: 20_000 }).toEqual([before[0]?.kid]);
    await expect
      .poll(() => shadow(element).querySelector('#setup-metadata-url') !== null, { timeout: 20_000 })
      .toBe(true);
    expect(part<HTMLInputElement>(element, '#setup-metadata-url').value).toBe(
      `${url}/api/v1/apps/${app.id}/sso/saml/metadata`,
    );
    await expectAccessible(element);

    part<HTMLSelectElement>(element, '#validity').value = '2';
    part<HTMLSelectElement>(element, '#validity').dispatchEvent(new Event('change'));
    await userEvent.click(part(element, '[part="generate"]'));
    await expect.poll(() => rows(element).length, { timeout: 30_000 }).toBe(2);
    expect(changes.at(-1)?.detail.change).toEqual({ action: 'generate-key', validityYears: 2 });
    const keys = await referenceClient(url).appKeys.list(app.id);
    const [current, next] = keys;
    expect(rows(element)).toEqual([current?.kid, next?.kid]);
    const overlap = await commands.referenceMetadataValidity({ url, appId: app.id });
    expect(overlap).toMatchObject({ valid: true, errors: [], certificates: [current?.x5c[0], next?.x5c[0]] });
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="activate-key"]'));
    await expect.poll(() => rows(element), { timeout: 20_000 }).toEqual([next?.kid]);
    expect(changes.at(-1)?.detail.change).toEqual({ action: 'activate-key', kid: next?.kid });
    expect(element.app?.credentials?.signing).toMatchObject({ kid: next?.kid });
    const after = await commands.referenceMetadataValidity({ url, appId: app.id });
    expect(after).toMatchObject({ valid: true, certificates: [next?.x5c[0]] });
    await expect
      .poll(() => part<HTMLTextAreaElement>(element, '#setup-certificate').value.replace(/\s|-----[A-Z ]+-----/g, ''))
      .toBe(next?.x5c[0]);
  }, 90_000);

  it('warns 90, 30 and 7 days before the active certificate expires', async () => {
    const app = await saml();
    const [key] = await referenceClient(url).appKeys.list(app.id);
    const expires = Date.parse(key?.expiresAt ?? '');
    const warningAt = async (daysBefore: number) => {
      const element = await mountIntegration(url, app, (el) => {
        el.tab = 'sign-on';
        el.now = new Date(expires - daysBefore * 86_400_000);
      });
      await expect.poll(() => rows(element), { timeout: 20_000 }).toHaveLength(1);
      const row = part(element, '[part="signing-certificate"]');
      const text = shadow(element).querySelector('[part="expiry-warning"]')?.textContent ?? '';
      element.remove();
      return [row.dataset.warning, text];
    };
    expect(await warningAt(200)).toEqual(['none', '']);
    expect(await warningAt(60)).toEqual(['90', 'Expires in 60 days (less than 90)']);
    expect(await warningAt(20)).toEqual(['30', 'Expires in 20 days (less than 30)']);
    expect(await warningAt(3)).toEqual(['7', 'Expires in 3 days (less than 7)']);
    expect(await warningAt(-1)).toEqual(['expired', 'Expired']);
  }, 90_000);

  it('shows an OIDC app its client id and authentication, never a secret', async () => {
    const app = await referenceClient(url).apps.create(oidcAppBody(unique('Portal')));
    const secret = String((app.credentials?.oauthClient as { client_secret?: string } | undefined)?.client_secret);
    const element = await mountIntegration(url, app, (el) => {
      el.tab = 'sign-on';
    });
    const clientId = (app.credentials?.oauthClient as { client_id?: string } | undefined)?.client_id;
    expect(clientId).toMatch(/\S/);
    await expect.poll(() => shadow(element).querySelector('[part="client-id"]')?.textContent).toBe(clientId);
    expect(part(element, '[part="secret-note"]').textContent).toContain('never shown again');
    expect(shadow(element).innerHTML).not.toContain(secret);
    await expectAccessible(element);
  }, 60_000);

  it('moves between tabs with Home, End and arrows (swapped right to left), and hosts <ik-assignments>', async () => {
    const app = await saml();
    const element = await mountIntegration(url, app, (el) => {
      el.dir = 'rtl';
    });
    part(element, '#tab-general').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadow(element).activeElement?.id).toBe('tab-sign-on');
    await userEvent.keyboard('{End}');
    expect(shadow(element).activeElement?.id).toBe('tab-assignments');
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadow(element).activeElement?.id).toBe('tab-general');
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(shadow(element).activeElement?.id).toBe('tab-assignments');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadow(element).querySelector('ik-assignments')?.getAttribute('app-id')).toBe(app.id);
    expect(part(element, '#panel-general').hidden).toBe(true);
    await openTab(element, 'provisioning');
    expect(part(element, '[part="provisioning-off"]').textContent).toContain('not enabled');
    await expectAccessible(element);
  }, 60_000);
});
