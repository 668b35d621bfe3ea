import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { IkIntegrationCreatedEvent } from '../../events/integration-created.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { expectStep, field, mountCreate, part, shadow } from './__fixtures__/mount.js';
import { loopbackConnector } from './__fixtures__/scim.js';

// An OIDC web app with SCIM provisioning: Test Connector against a loopback SCIM server, then Done
// on the reference server.
const server = referenceServerForThisFile();
afterEach(() => {
  document.body.replaceChildren();
});
afterAll(async () => {
  await commands.stopScimServers();
});

describe('<ik-create-integration> OIDC web app with SCIM provisioning', () => {
  it('tests the connector against a loopback SCIM server, then Done carries its provisioning', async () => {
    const token = `scim-${crypto.randomUUID()}`;
    const { baseUrl } = await commands.startScimServer(token);
    const client = referenceClient(server.url);
    const element = await mountCreate((el) => {
      el.client = client;
      el.testConnector = loopbackConnector;
    });
    await userEvent.click(field(element, 'f-signOn.protocol'));
    await userEvent.click(field(element, 'f-signOn.config.applicationType'));
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 2 of 4: General Settings');
    await userEvent.fill(field(element, 'f-label'), `Provisioned Portal ${crypto.randomUUID().slice(0, 8)}`);
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 3 of 4: Sign-on settings');
    await userEvent.click(part(element, '#f-signOn\\.config\\.redirectUris-add'));
    await userEvent.fill(field(element, 'f-signOn.config.redirectUris.0'), 'https://portal.example.com/callback');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 4: Provisioning');

    await userEvent.click(field(element, 'f-provisioning.enabled'));
    await userEvent.fill(field(element, 'f-provisioning.connection.baseUrl'), baseUrl);
    await userEvent.click(field(element, 'f-provisioning.features-2'));
    await expect.poll(() => field(element, 'f-provisioning.features-2').checked).toBe(true);
    await userEvent.click(field(element, 'f-provisioning.features-5'));
    await expect.poll(() => field(element, 'f-provisioning.features-5').checked).toBe(true);
    await userEvent.fill(field(element, 'f-provisioning.connection.auth.token'), token);
    await userEvent.click(part(element, '[part="test-connector"]'));
    await expect
      .poll(() => part(element, '#connector-report-title').textContent?.trim(), { timeout: 20_000 })
      .toBe('Connector configured successfully');
    expect(shadow(element).innerHTML).not.toContain(token);
    await expectAccessible(element);

    const created = new Promise<IkIntegrationCreatedEvent['detail']>((resolve) =>
      element.addEventListener('ik-integration-created', (event) => resolve(event.detail), { once: true }),
    );
    const saved = new Promise<string>((resolve) =>
      element.addEventListener('ik-integration-saved', (event) => resolve(String(event.detail.app.id)), { once: true }),
    );
    await userEvent.click(part(element, '[part="next"]'));
    const { integration, payload } = await created;
    expect(payload).toMatchObject({ signOnMode: 'OPENID_CONNECT' });
    expect(payload.features).toEqual(expect.arrayContaining(['PUSH_NEW_USERS', 'PUSH_USER_DEACTIVATION']));
    expect(integration).toMatchObject({
      signOn: { protocol: 'oidc' },
      provisioning: { type: 'scim', connection: { baseUrl }, features: { create: true, deactivate: true } },
    });
    // The server creates the app; like Okta, it reads `features` as read-only (set by the Features API).
    const app = await client.apps.get(await saved);
    expect(app.signOnMode).toBe('OPENID_CONNECT');
    await expect.poll(() => shadow(element).querySelector('[part="client-id"]')).not.toBeNull();
    expect(shadow(element).innerHTML).not.toContain(token);
    await expectAccessible(element);
  }, 120_000);
});
