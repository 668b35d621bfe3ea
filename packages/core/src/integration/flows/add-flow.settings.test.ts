// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.x}` text.
import { describe, expect, it } from 'vitest';
import { type CatalogEntry, CatalogEntrySchema } from '../../catalog/entry.schema.js';
import { exampleEntries } from '../../catalog-data/index.js';
import { defaultProtocols } from '../default-protocols.js';
import { acme } from './__fixtures__/entries.js';
import { refusal } from './__fixtures__/walk.js';
import { createAddFlow } from './add-flow.js';
import { nextInstanceLabel } from './shared-steps.js';

const slackData = exampleEntries.find((entry) => entry.name === 'slack');

describe('add flow: per-tenant settings', () => {
  it('refuses Slack with no subdomain even when the entry arrives unparsed, as JSON from a server does', () => {
    // JSON keeps only what was written: `required` is absent and its schema default never applied.
    const wire = JSON.parse(JSON.stringify(slackData)) as CatalogEntry;
    expect(wire.settings[0]?.required).toBeUndefined();
    const flow = createAddFlow(wire, { protocols: defaultProtocols });
    expect(refusal(() => flow.next(flow.start()))).toEqual(['tenantSettings.subdomain:required']);
    expect(refusal(() => flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: '  ' } })))).toEqual([
      'tenantSettings.subdomain:required',
    ]);
    const state = flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: 'acme-corp' } }));
    expect(state.draft.signOn.configs.saml).toMatchObject({ ssoUrl: 'https://acme-corp.slack.com/sso/saml' });
  });

  it('treats a setting named after an Object.prototype member like any other (it crashed when left empty)', () => {
    const entry = CatalogEntrySchema.parse({
      ...acme,
      settings: [...acme.settings, { name: 'constructor', label: 'Tenant', type: 'string' }],
    });
    const flow = createAddFlow(entry, { protocols: defaultProtocols });
    expect(refusal(() => flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: 'a' } })))).toEqual([
      'tenantSettings.constructor:required',
    ]);
    const filled = { tenantSettings: { subdomain: 'a', constructor: 'tenant1' } };
    expect(flow.next(flow.update(flow.start(), filled)).step).toBe('signOn');
  });

  it('refuses a sign-on config that still holds a template variable no setting filled', () => {
    const optional = CatalogEntrySchema.parse({
      ...acme,
      settings: [{ name: 'subdomain', label: 'Subdomain', type: 'string', required: false }],
    });
    const flow = createAddFlow(optional, { protocols: defaultProtocols });
    const state = flow.update(flow.next(flow.start()), { protocol: 'saml' });
    expect(state.draft.signOn.configs.saml).toMatchObject({
      ssoUrl: 'https://${org.subdomain}.acme.example.com/sso/saml',
    });
    expect(refusal(() => flow.next(state))).toEqual(['signOn.config.ssoUrl:unfilled_setting']);
    expect(() =>
      flow.next(
        flow.update(state, {
          config: { ...state.draft.signOn.configs.saml, ssoUrl: 'https://x.acme.example.com/sso/saml' },
        }),
      ),
    ).not.toThrow();
  });
});

describe('nextInstanceLabel', () => {
  it('numbers instances of one app as Okta does', () => {
    expect(nextInstanceLabel('Slack')).toBe('Slack (2)');
    expect(nextInstanceLabel(' Slack (2) ')).toBe('Slack (3)');
    expect(nextInstanceLabel('Slack (9)')).toBe('Slack (10)');
    expect(nextInstanceLabel('Plan (B) app')).toBe('Plan (B) app (2)');
  });

  it('stays within the 100-character label rule', () => {
    const suggestion = nextInstanceLabel('x'.repeat(100));
    expect(suggestion).toHaveLength(100);
    expect(suggestion.endsWith(' (2)')).toBe(true);
  });

  it('fills the templates again on Back and Next only when the tenant settings changed', () => {
    const flow = createAddFlow(slackData as CatalogEntry, { protocols: defaultProtocols });
    const first = flow.next(flow.update(flow.start(), { tenantSettings: { subdomain: 'acme' } }));
    const again = flow.next(flow.back(first));
    expect(again.draft.signOn.configs.saml).toEqual(first.draft.signOn.configs.saml);
    const changed = flow.next(flow.update(flow.back(again), { tenantSettings: { subdomain: 'beta' } }));
    expect(changed.draft.signOn.configs.saml).toMatchObject({ ssoUrl: 'https://beta.slack.com/sso/saml' });
    // Settings equal to earlier ones in a new object (a resumed state) fill the same way.
    const resumed = flow.next(flow.back(JSON.parse(JSON.stringify(first)) as typeof first));
    expect(resumed.draft.signOn.configs.saml).toMatchObject({ ssoUrl: 'https://acme.slack.com/sso/saml' });
  });
});
