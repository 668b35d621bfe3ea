import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { answeringClient, expectStep, field, mountCreate, part, SP_METADATA, shadow } from './__fixtures__/mount.js';
import { loopbackConnector } from './__fixtures__/scim.js';
import type { IkCreateIntegration } from './create-integration.js';

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

describe('<ik-create-integration> SAML 2.0: errors while typing after a refused Next', () => {
  const error = (element: IkCreateIntegration, id: string) => shadow(element).getElementById(`${id}-error`);
  const statement = (index: number, key: string) => `f-signOn.config.attributeStatements.${index}.${key}`;

  it('clears the error of the field being fixed, keeps the others, and keeps edits in every statement row', async () => {
    const element = await mountCreate();
    await toSamlSettings(element);
    for (const name of ['email', 'team']) {
      await userEvent.click(part(element, '#f-signOn\\.config\\.attributeStatements-add'));
      const index = name === 'email' ? 0 : 1;
      await userEvent.fill(field(element, statement(index, 'name')), name);
    }
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => shadow(element).querySelector('#error-summary')).not.toBeNull();
    for (const id of [
      'f-signOn.config.ssoUrl',
      'f-signOn.config.audience',
      statement(0, 'values'),
      statement(1, 'values'),
    ]) {
      expect(error(element, id), id).not.toBeNull();
      expect(field(element, id).getAttribute('aria-invalid'), id).toBe('true');
    }

    await userEvent.fill(field(element, 'f-signOn.config.audience'), 'https://sp.example.test');
    await expect.poll(() => error(element, 'f-signOn.config.audience')).toBeNull();
    expect(field(element, 'f-signOn.config.audience').hasAttribute('aria-invalid')).toBe(false);
    expect(error(element, 'f-signOn.config.ssoUrl')).not.toBeNull();
    expect(part(element, '#error-summary').textContent).toContain('Single sign-on URL');

    // The second row, then the first: each row edits the list as it is now, not as it was drawn.
    await userEvent.fill(field(element, statement(1, 'values')), 'user.team');
    await expect.poll(() => error(element, statement(1, 'values'))).toBeNull();
    expect(error(element, statement(0, 'values'))).not.toBeNull();
    await userEvent.fill(field(element, statement(0, 'values')), 'user.email');
    await expect.poll(() => error(element, statement(0, 'values'))).toBeNull();
    expect(element.state?.draft.configs.saml?.attributeStatements).toEqual([
      { name: 'email', nameFormat: 'unspecified', values: ['user.email'] },
      { name: 'team', nameFormat: 'unspecified', values: ['user.team'] },
    ]);

    // A field made wrong again waits for Next to say so; Next checks the whole step.
    await userEvent.fill(field(element, 'f-signOn.config.audience'), '');
    expect(error(element, 'f-signOn.config.audience')).toBeNull();
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => error(element, 'f-signOn.config.audience')).not.toBeNull();
    await userEvent.fill(field(element, 'f-signOn.config.audience'), 'https://sp.example.test');
    await userEvent.fill(field(element, 'f-signOn.config.ssoUrl'), 'https://sp.example.test/acs');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 5: Application username format');
    await expectAccessible(element);
  }, 60_000);
});

describe('<ik-create-integration> SCIM provisioning', () => {
  it('runs Test Connector Configuration against a loopback SCIM server: a pass, then a failure', async () => {
    const token = `scim-${crypto.randomUUID()}`;
    const { baseUrl } = await commands.startScimServer(token);
    const element = await mountCreate((el) => {
      el.testConnector = loopbackConnector;
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
