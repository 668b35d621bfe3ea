import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { payloads } from '../catalog/__fixtures__/hostile.js';
import './define.js';
import type { IkInspector, InspectorIntegration } from './inspector.js';

interface Fixtures {
  org: string;
  clientId: string;
  idToken: string;
  expiredIdToken: string;
  saml: { good: string; wrongAudience: string; wrapped: string };
  oidcApp: InspectorIntegration;
  samlApp: InspectorIntegration;
  idpCertificate: string;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    inspectorFixtures: () => Promise<Fixtures>;
  }
}

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await commands.inspectorFixtures();
});
afterEach(() => {
  document.body.replaceChildren();
});

async function mount(setup: (element: IkInspector) => void = () => {}): Promise<IkInspector> {
  const element = document.createElement('ik-inspector');
  element.integrations = [fixtures.oidcApp, fixtures.samlApp];
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IkInspector) => element.shadowRoot as ShadowRoot;
const textarea = (element: IkInspector) => root(element).querySelector('textarea') as HTMLTextAreaElement;
const summary = (element: IkInspector) => root(element).querySelector('[part="summary"]')?.textContent?.trim() ?? '';
const problems = (element: IkInspector) =>
  [...root(element).querySelectorAll<HTMLElement>('[part="problem"]')].map(
    (item) => `${item.dataset.severity} ${item.querySelector('code')?.textContent} ${item.dataset.code}`,
  );
const facts = (element: IkInspector, part: string) =>
  Object.fromEntries(
    [...root(element).querySelectorAll(`[part="${part}"] dt`)].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]),
  );

async function paste(element: IkInspector, value: string, integration: string): Promise<void> {
  await userEvent.selectOptions(root(element).querySelector('select') as HTMLSelectElement, integration);
  // fill() types nothing character by character: the value arrives as one paste-like input event.
  await userEvent.fill(textarea(element), value);
  await expect.poll(() => summary(element), { timeout: 20_000 }).toMatch(/errors?, \d+ warnings?$/);
}

describe('<ik-inspector>', () => {
  it('decodes a good ID token against its OIDC app: claims, times, no problems', async () => {
    const element = await mount((inspector) => {
      inspector.issuer = fixtures.org;
    });
    await expectAccessible(element);
    await paste(element, fixtures.idToken, 'Team Portal');
    expect(summary(element)).toBe('ID token (compact JWT): 0 errors, 0 warnings');
    expect(problems(element)).toEqual([]);
    expect(facts(element, 'header').alg).toBe('RS256');
    expect(facts(element, 'claims')).toMatchObject({ aud: fixtures.clientId, iss: fixtures.org, sub: '00u1alice' });
    expect(Object.keys(facts(element, 'times'))).toEqual(['Issued at', 'Expires at']);
    await expectAccessible(element);
  }, 60_000);

  it('reports an expired token with its severity and claim', async () => {
    const element = await mount();
    await paste(element, fixtures.expiredIdToken, 'Team Portal');
    expect(problems(element)).toEqual(['error claims.exp expired']);
    expect(summary(element)).toBe('ID token (compact JWT): 1 error, 0 warnings');
    await expectAccessible(element);
  }, 60_000);

  it('reports a SAML response for another audience against the audience setting', async () => {
    const element = await mount();
    await paste(element, fixtures.saml.wrongAudience, 'Team Wiki');
    expect(problems(element)).toEqual(['error audience wrong_audience', 'warning signature signature_not_verified']);
    expect(facts(element, 'assertion')).toMatchObject({
      'Subject (NameID)': 'alice@example.test',
      Audience: 'https://other.example.test/sp',
    });
    expect(root(element).querySelectorAll('[part="signature"]')).toHaveLength(2);
    await expectAccessible(element);
  }, 60_000);

  it('flags a wrapped (XSW) response and shows what each signature covers', async () => {
    const element = await mount();
    await paste(element, fixtures.saml.wrapped, 'Team Wiki');
    expect(problems(element)).toContain('error assertion wrapped');
    const signatures = [...root(element).querySelectorAll('[part="signature"]')].map((s) => s.textContent ?? '');
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toContain('On the Assertion');
    expect(signatures[0]).toContain('Not verified');
    await expectAccessible(element);
  }, 60_000);

  it('checks a good response against its app without settings problems', async () => {
    const element = await mount();
    await paste(element, fixtures.saml.good, 'Team Wiki');
    expect(problems(element)).toEqual(['warning signature signature_not_verified']);
    expect(facts(element, 'attributes')).toEqual({ email: 'alice@example.test' });
    expect(root(element).querySelector('[part="xml"] pre')?.textContent).toContain('<saml:Assertion');
  }, 60_000);

  it('shows an inspection made elsewhere as given, until the user edits the value', async () => {
    const { inspectPasted } = await import('@integrakit/core/inspection');
    // Stands for a server's inspection: its problems differ from what the page finds for `value`.
    const elsewhere = await inspectPasted(fixtures.saml.wrongAudience, { app: fixtures.samlApp });
    const element = await mount((inspector) => {
      inspector.integrationId = fixtures.samlApp.id;
      inspector.value = fixtures.saml.good;
      inspector.inspection = elsewhere;
    });
    await expect
      .poll(() => problems(element), { timeout: 20_000 })
      .toEqual(['error audience wrong_audience', 'warning signature signature_not_verified']);
    await userEvent.fill(textarea(element), `${fixtures.saml.good} `);
    await expect
      .poll(() => problems(element), { timeout: 20_000 })
      .toEqual(['warning signature signature_not_verified']);
    expect(element.inspection).toBeUndefined();
  }, 60_000);

  it('sends nothing anywhere: no request while inspecting a token or a response', async () => {
    const element = await mount();
    await paste(element, fixtures.idToken, 'Team Portal');
    await paste(element, fixtures.saml.good, 'Team Wiki');
    // Protocol code is loaded now; from here on, any request would be the pasted value leaving.
    const before = performance.getEntriesByType('resource').length;
    const calls: string[] = [];
    const { fetch, navigator: nav } = window;
    const beacon = nav.sendBeacon;
    const send = XMLHttpRequest.prototype.send;
    window.fetch = async (input) => {
      calls.push(`fetch ${String(input)}`);
      return fetch(input);
    };
    nav.sendBeacon = (url) => calls.push(`beacon ${String(url)}`) > 0;
    XMLHttpRequest.prototype.send = () => {
      calls.push('xhr');
    };
    try {
      await paste(element, fixtures.expiredIdToken, 'Team Portal');
      await paste(element, fixtures.saml.wrapped, 'Team Wiki');
    } finally {
      window.fetch = fetch;
      nav.sendBeacon = beacon;
      XMLHttpRequest.prototype.send = send;
    }
    expect(calls).toEqual([]);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name),
    ).toEqual([]);
  }, 60_000);

  it('keeps hostile claims, labels and XML inert', async () => {
    window.__ikXss = 0;
    const segment = (value: unknown) =>
      btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    const claims = Object.fromEntries(payloads.map((payload, index) => [payload, `${payload}${index}`]));
    const token = `${segment({ alg: payloads[0], typ: payloads[1] })}.${segment({ sub: payloads[2], ...claims })}.x`;
    const element = await mount((inspector) => {
      inspector.integrations = [{ ...fixtures.oidcApp, label: payloads.join(' ') }, fixtures.samlApp];
    });
    await paste(element, token, payloads.join(' '));
    expect(facts(element, 'claims')[payloads[0] ?? '']).toBe(`${payloads[0]}0`);
    await paste(
      element,
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${payloads[1]}</samlp:Response>`,
      'None',
    );
    expect(root(element).querySelector('img, script, svg')).toBeNull();
    expect(window.__ikXss).toBe(0);
    await expectAccessible(element);
  }, 60_000);

  it('reports unrecognised input in place', async () => {
    const element = await mount();
    await paste(element, 'definitely not a token', 'None');
    expect(summary(element)).toBe('Not recognised: 1 error, 0 warnings');
    expect(problems(element)).toEqual(['error input unrecognized']);
    await expectAccessible(element);
  }, 60_000);

  it('follows the host: a value set as a property is inspected and shown in French', async () => {
    const { registerTranslation } = await import('../../translations/registry.js');
    const { fr } = await import('../../translations/fr.js');
    registerTranslation(fr);
    const element = await mount((inspector) => {
      inspector.lang = 'fr';
      inspector.value = fixtures.expiredIdToken;
      inspector.integrationId = fixtures.oidcApp.id;
    });
    await expect
      .poll(() => summary(element), { timeout: 20_000 })
      .toBe('Jeton d’identité (JWT compact) : 1 erreur, 0 avertissement');
    expect(textarea(element).value).toBe(fixtures.expiredIdToken);
  }, 60_000);
});
