import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceMetadata, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import { expectStep, field, mountCreate, part, shadow } from './__fixtures__/mount.js';
import type { IkCreateIntegration } from './create-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});
const server = referenceServerForThisFile();

async function createSaml(element: IkCreateIntegration, label: string): Promise<void> {
  await userEvent.click(field(element, 'f-signOn.protocol-1'));
  await userEvent.click(part(element, '[part="next"]'));
  await userEvent.fill(field(element, 'f-label'), label);
  await userEvent.click(part(element, '[part="next"]'));
  await expectStep(element, 'Step 3 of 5: Configure SAML');
  await userEvent.fill(field(element, 'f-signOn.config.ssoUrl'), 'https://sp.example.test/saml/acs');
  await userEvent.fill(field(element, 'f-signOn.config.audience'), 'https://sp.example.test/saml');
  for (const step of ['Step 4 of 5: Application username format', 'Step 5 of 5: Provisioning']) {
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, step);
  }
  await userEvent.click(part(element, '[part="next"]'));
}

const value = (element: IkCreateIntegration, id: string) => field<HTMLInputElement>(element, id).value;
const decodedHref = (element: IkCreateIntegration, selector: string) =>
  decodeURIComponent(part<HTMLAnchorElement>(element, selector).getAttribute('href')?.split(',')[1] ?? '');

describe('<ik-create-integration> SAML setup instructions', () => {
  it('shows the IdP values of a SAML app created on the reference server, fingerprints as its certificate', async () => {
    const element = await mountCreate((el) => {
      el.client = referenceClient(server.url);
      el.fetchMetadata = referenceMetadata;
    });
    await createSaml(element, 'Expense Reports');
    await expect.poll(() => shadow(element).querySelector('[part~="sha256"]'), { timeout: 20_000 }).not.toBeNull();

    const state = element.state;
    expect(state?.step).toBe('done');
    const metadataUrl = value(element, 'setup-metadata-url');
    const appId = /\/api\/v1\/apps\/([^/]+)\/sso\/saml\/metadata$/.exec(metadataUrl)?.[1] ?? '';
    expect(metadataUrl.startsWith(`${server.url}/api/v1/apps/`)).toBe(true);
    const expected = await commands.referenceFingerprints({ url: server.url, appId });
    expect(part(element, '[part~="sha1"]').textContent).toBe(expected.sha1);
    expect(part(element, '[part~="sha256"]').textContent).toBe(expected.sha256);

    // The values are the ones the server's metadata publishes, read here independently of the view.
    const metadata = await referenceMetadata(metadataUrl);
    const doc = new DOMParser().parseFromString(metadata, 'application/xml');
    const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
    expect(value(element, 'setup-issuer')).toBe(doc.documentElement.getAttribute('entityID'));
    const post = [...doc.getElementsByTagNameNS(md, 'SingleSignOnService')].find((service) =>
      service.getAttribute('Binding')?.endsWith('HTTP-POST'),
    );
    expect(value(element, 'setup-sso-url')).toBe(post?.getAttribute('Location'));
    const certificate = field<HTMLTextAreaElement>(element, 'setup-certificate').value;
    expect(certificate).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
    const body = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate')[0]?.textContent;
    expect(certificate.replace(/-----[A-Z ]+-----|\s/g, '')).toBe(body?.replace(/\s/g, ''));
    expect(decodedHref(element, '[part="download-certificate"]')).toBe(certificate);
    expect(decodedHref(element, '[part="download-metadata"]')).toBe(metadata);
    await expectAccessible(element);
  }, 90_000);

  it('renders a hostile app label inert next to the setup instructions', async () => {
    window.__ikXss = 0;
    const element = await mountCreate((el) => {
      el.client = referenceClient(server.url);
      el.fetchMetadata = referenceMetadata;
    });
    await createSaml(element, (payloads[0] ?? '').slice(0, 90));
    await expect.poll(() => shadow(element).querySelector('[part~="sha1"]'), { timeout: 20_000 }).not.toBeNull();
    expect(shadow(element).querySelector('img, script, svg[onload]')).toBeNull();
    expect(window.__ikXss).toBe(0);
    await expectAccessible(element);
  }, 90_000);

  it('says why metadata it cannot read was refused, naming the field and rule', async () => {
    const element = await mountCreate((el) => {
      el.client = referenceClient(server.url);
      el.fetchMetadata = async () => '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>';
    });
    await createSaml(element, 'Refused metadata');
    await expect
      .poll(() => shadow(element).querySelector('.saml-setup [part="error"]')?.textContent, { timeout: 20_000 })
      .toBe('The IdP metadata could not be read (metadata: doctype).');
    await expectAccessible(element);
  }, 90_000);
});
