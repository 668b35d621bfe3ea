import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { answeringClient, expectStep, field, mountCreate, part, SP_METADATA, shadow } from './__fixtures__/mount.js';
import type { IkCreateIntegration } from './create-integration.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startScimServer: (token: string) => Promise<{ baseUrl: string }>;
    runScimConnectorTest: (connection: { baseUrl: string; token: string }) => Promise<unknown>;
    stopScimServers: () => Promise<void>;
  }
}

afterEach(() => {
  document.body.replaceChildren();
});
afterAll(async () => {
  await commands.stopScimServers();
});

async function toSamlSettings(element: IkCreateIntegration, label = 'Example SP'): Promise<void> {
  await userEvent.click(field(element, 'f-signOn.protocol-1'));
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, 'Step 2 of 5: General Settings');
  await userEvent.fill(field(element, 'f-label'), label);
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, 'Step 3 of 5: Configure SAML');
}

const uploadMetadata = async (element: IkCreateIntegration, xml: string) => {
  const file = new File([xml], 'sp-metadata.xml', { type: 'application/xml' });
  await userEvent.upload(field(element, 'sp-metadata-file'), file);
};

describe('<ik-create-integration> SAML 2.0', () => {
  it('fills Configure SAML from an uploaded SP metadata file, listing what it filled and could not', async () => {
    const client = answeringClient();
    const element = await mountCreate((el) => {
      el.client = client;
    });
    await toSamlSettings(element);
    await expectAccessible(element);
    await uploadMetadata(element, SP_METADATA);
    await expect.poll(() => field(element, 'f-signOn.config.ssoUrl').value).toBe('https://sp.example.test/saml2/acs');
    expect(field(element, 'f-signOn.config.audience').value).toBe('https://sp.example.test/saml2/metadata');
    expect(field<HTMLSelectElement>(element, 'f-signOn.config.nameIdFormat').value).toBe('emailAddress');
    const filled = [...shadow(element).querySelectorAll('[part="metadata-filled"] li')].map((li) => li.textContent);
    expect(filled).toEqual(['Single sign-on URL', 'Audience URI (SP Entity ID)', 'Name ID format']);
    const notFilled = part(element, '[part="metadata-not-filled"]').textContent ?? '';
    expect(notFilled).toContain('HTTP-Artifact');
    expect(notFilled).toContain('urn:example:custom-format');
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 5: Application username format');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 5 of 5: Provisioning');
    await expectAccessible(element);
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => client.created.length).toBe(1);
    expect(client.created[0]).toMatchObject({
      label: 'Example SP',
      signOnMode: 'SAML_2_0',
      settings: {
        signOn: { ssoAcsUrl: 'https://sp.example.test/saml2/acs', audience: 'https://sp.example.test/saml2/metadata' },
      },
    });
    await expect.poll(() => part(element, '#step-heading').textContent?.trim()).toBe('Created Example SP.');
    await expectAccessible(element);
  });

  it('says why a document is not SP metadata, and refuses an entity declaration', async () => {
    const element = await mountCreate();
    await toSamlSettings(element);
    await uploadMetadata(element, '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>');
    await expect
      .poll(() => shadow(element).querySelector('[part="metadata-status"] [part="error"]')?.textContent)
      .toMatch(/^This is not usable SP metadata: /);
    expect(field(element, 'f-signOn.config.ssoUrl').value).toBe('');
    await userEvent.type(field<HTMLTextAreaElement>(element, 'sp-metadata'), '<md:EntityDescriptor');
    await userEvent.click(part(element, '[part="import"]'));
    await expect.poll(() => part(element, '[part="metadata-status"]').textContent).toContain('not usable SP metadata');
    await expectAccessible(element);
  });

  it('renders hostile strings inert in every field and list', async () => {
    window.__ikXss = 0;
    const element = await mountCreate();
    await toSamlSettings(element, payloads[0]);
    const hostile = payloads.join(' ');
    await userEvent.fill(field(element, 'f-signOn.config.ssoUrl'), hostile);
    await userEvent.click(part(element, '#f-signOn\\.config\\.attributeStatements-add'));
    await userEvent.fill(field(element, 'f-signOn.config.attributeStatements.0.name'), payloads[2] ?? '');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => shadow(element).querySelector('#error-summary')).not.toBeNull();
    expect(shadow(element).querySelector('img, script, svg[onload]')).toBeNull();
    expect(part(element, '#f-signOn\\.config\\.attributeStatements-0-up').textContent).toContain(payloads[2]);
    expect(window.__ikXss).toBe(0);
    await expectAccessible(element);
  }, 60_000);
});

describe('<ik-create-integration> SCIM provisioning', () => {
  it('runs Test Connector Configuration against a loopback SCIM server: a pass, then a failure', async () => {
    const token = `scim-${crypto.randomUUID()}`;
    const { baseUrl } = await commands.startScimServer(token);
    const element = await mountCreate((el) => {
      el.testConnector = async (config) => {
        const auth = config.auth as { token?: { reveal(): string } };
        return (await commands.runScimConnectorTest({
          baseUrl: config.baseUrl,
          token: auth.token?.reveal() ?? '',
        })) as never;
      };
    });
    await toSamlSettings(element);
    await userEvent.fill(field(element, 'f-signOn.config.ssoUrl'), 'https://sp.example.test/acs');
    await userEvent.fill(field(element, 'f-signOn.config.audience'), 'https://sp.example.test');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 5: Application username format');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 5 of 5: Provisioning');

    await userEvent.click(field(element, 'f-provisioning.enabled'));
    await userEvent.fill(field(element, 'f-provisioning.connection.baseUrl'), baseUrl);
    await userEvent.click(field(element, 'f-provisioning.features-2'));
    const tokenInput = field(element, 'f-provisioning.connection.auth.token');
    expect(tokenInput.type).toBe('password');
    await userEvent.fill(tokenInput, token);
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="test-connector"]'));
    await expect
      .poll(() => part(element, '#connector-report-title').textContent?.trim(), { timeout: 15_000 })
      .toBe('Connector configured successfully');
    const checks = shadow(element).querySelectorAll('[part="connector-check"]');
    expect(checks.length).toBeGreaterThan(3);
    const evidence = part<HTMLDetailsElement>(element, '[part="evidence"]');
    expect(evidence.open).toBe(false);
    await userEvent.click(evidence.querySelector('summary') as HTMLElement);
    expect(evidence.open).toBe(true);
    expect(shadow(element).innerHTML).not.toContain(token);
    await expectAccessible(element);

    await userEvent.fill(tokenInput, `${token}-wrong`);
    await userEvent.click(part(element, '[part="test-connector"]'));
    await expect
      .poll(() => part(element, '#connector-report-title').textContent?.trim(), { timeout: 15_000 })
      .toMatch(/checks? failed$/);
    expect(shadow(element).querySelector('[part="connector-check"][data-state="failed"]')).not.toBeNull();
    expect(shadow(element).innerHTML).not.toContain(token);
    await expectAccessible(element);
  }, 60_000);
});
