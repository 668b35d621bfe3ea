import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { answeringClient, expectStep, field, mountCreate, part, shadow } from './__fixtures__/mount.js';
import type { IkCreateIntegration } from './create-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});

const METHOD_INDEX = { oidc: 0, saml: 1, swa: 2, wsfed: 3, 'api-service': 4 } as const;

async function choose(element: IkCreateIntegration, method: keyof typeof METHOD_INDEX, steps: number, label: string) {
  const index = METHOD_INDEX[method];
  await userEvent.click(field(element, index === 0 ? 'f-signOn.protocol' : `f-signOn.protocol-${index}`));
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, `Step 2 of ${steps}: General Settings`);
  await userEvent.fill(field(element, 'f-label'), label);
  await userEvent.click(part(element, '[part="next"]'));
}

describe('<ik-create-integration> API Services', () => {
  it('picks Okta API scopes from a grouped, searchable list with least-privilege hints, then key authentication (no secret for okta.* scopes)', async () => {
    const client = answeringClient();
    const element = await mountCreate((el) => {
      el.client = client;
    });
    await choose(element, 'api-service', 4, 'Reporting job');
    await expectStep(element, 'Step 3 of 4: Okta API scopes');
    const groups = shadow(element).querySelectorAll('.scopes fieldset');
    expect(groups.length).toBeGreaterThan(20);
    await expectAccessible(element);

    await userEvent.fill(field(element, 'scope-search'), 'users');
    const legends = () =>
      [...shadow(element).querySelectorAll('.scopes fieldset legend')].map((legend) => legend.textContent);
    await expect.poll(() => legends().length).toBeLessThan(groups.length);
    expect(legends()).toContain('users');
    for (const option of shadow(element).querySelectorAll('.scopes .option'))
      expect(option.textContent).toMatch(/users/i);
    const manage = [...shadow(element).querySelectorAll<HTMLInputElement>('.scopes input[type="checkbox"]')].find(
      (input) => input.value === 'okta.users.manage',
    );
    expect(manage).toBeDefined();
    expect(part(element, `#${CSS.escape(`${manage?.id}-description`)}`).textContent).toContain('users');
    await userEvent.click(manage as HTMLInputElement);
    await expect
      .poll(() => shadow(element).querySelector('[part="hints"]')?.textContent)
      .toContain('grant okta.users.read if the integration only reads');
    expect(part(element, '#scope-count').textContent).toContain('1 scope granted');
    // Filtering does not drop a granted scope.
    await userEvent.fill(field(element, 'scope-search'), 'groups');
    await expect.poll(() => part(element, '#scope-count').textContent).toContain('1 scope granted');
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 4: Client authentication');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => shadow(element).querySelector('#error-summary')).not.toBeNull();
    // Okta's management scopes need key authentication: a client secret is refused with the module's reason.
    await userEvent.click(field(element, 'f-signOn.config.clientAuth.method'));
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => part(element, '#error-summary').textContent).toContain('private_key_jwt');
    await userEvent.click(field(element, 'f-signOn.config.clientAuth.method-2'));
    await userEvent.fill(
      field(element, 'f-signOn.config.clientAuth.jwksUri'),
      'https://reports.example.test/jwks.json',
    );
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => shadow(element).querySelector('[part="key-auth"]')).not.toBeNull();
    expect(shadow(element).querySelector('ik-secret-field')).toBeNull();
    expect(client.created[0]).toMatchObject({ label: 'Reporting job', signOnMode: 'OPENID_CONNECT' });
    expect(part(element, '[part="client-id"]').textContent).toBe('0oa1test');
    await expectAccessible(element);
  }, 60_000);
});

describe('<ik-create-integration> SWA and WS-Federation', () => {
  it('creates an SWA app with the browser plugin selectors', async () => {
    const client = answeringClient();
    const element = await mountCreate((el) => {
      el.client = client;
    });
    await choose(element, 'swa', 5, 'Legacy HR');
    await expectStep(element, 'Step 3 of 5: Sign-on settings');
    expect(field(element, 'f-signOn.config.mode').checked).toBe(true);
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => shadow(element).querySelector('#error-summary')).not.toBeNull();
    await expectAccessible(element);
    await userEvent.fill(field(element, 'f-signOn.config.loginUrl'), 'https://hr.example.test/login');
    await userEvent.fill(field(element, 'f-signOn.config.usernameSelector'), '#user');
    await userEvent.fill(field(element, 'f-signOn.config.passwordSelector'), '#pass');
    await userEvent.fill(field(element, 'f-signOn.config.submitSelector'), 'button[type=submit]');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 5: Application username format');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 5 of 5: Provisioning');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => client.created.length).toBe(1);
    expect(client.created[0]).toMatchObject({ label: 'Legacy HR', signOnMode: 'BROWSER_PLUGIN' });
  });

  it('creates a WS-Federation app with the preselected claims', async () => {
    const client = answeringClient();
    const element = await mountCreate((el) => {
      el.client = client;
    });
    await choose(element, 'wsfed', 4, 'SharePoint');
    await expectStep(element, 'Step 3 of 4: Sign-on settings');
    expect(field<HTMLSelectElement>(element, 'f-signOn.config.usernameAttribute').value).toBe('username');
    await userEvent.fill(field(element, 'f-signOn.config.siteUrl'), 'https://sp.example.test/');
    await userEvent.fill(field(element, 'f-signOn.config.replyUrl'), 'https://sp.example.test/_trust/');
    await userEvent.fill(field(element, 'f-signOn.config.audienceRestriction'), 'urn:sharepoint:example');
    await expectAccessible(element);
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 4: Application username format');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => client.created.length).toBe(1);
    expect(client.created[0]).toMatchObject({ label: 'SharePoint', signOnMode: 'WS_FEDERATION' });
  });
});
