// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GRANTS_BY_TYPE } from '@integrakit/protocols/oidc';
import { afterEach, describe, expect, it } from 'vitest';
import { type BrokenServer, startBrokenServer } from '../../../../protocols/src/scim/__fixtures__/broken-server.js';
import { defaultProtocols } from '../default-protocols.js';
import { grantChoices, scopeGroups, scopeHints } from './custom-flow-choices.js';
import { connectorConfig, runConnectorTest } from './custom-flow-connector.js';
import { loadMethodProtocols } from './custom-flow-protocols.js';
import { importSpMetadata } from './custom-flow-sp-metadata.js';
import { currentConfig, initialCustomDraft } from './custom-flow-steps.js';

const validation = { protocols: defaultProtocols };
const token = 'scim-test-token-0123456789abcdef';
const draftWith = (connection: Record<string, unknown>, features = { create: true, update: true }) => {
  const draft = initialCustomDraft('saml');
  return {
    ...draft,
    provisioning: {
      ...draft.provisioning,
      enabled: true,
      connection,
      features: { ...draft.provisioning.features, ...features },
    },
  };
};

describe('custom flow choices', () => {
  it('offers the grants Okta allows for each application type', () => {
    expect(grantChoices('service')).toEqual(GRANTS_BY_TYPE.service);
    expect(grantChoices('browser')).not.toContain('client_credentials');
  });

  it('groups scopes by resource and filters them by name or description', () => {
    const all = scopeGroups();
    const users = all.find((group) => group.resource === 'users');
    expect(users?.scopes.map((info) => info.scope)).toEqual(
      expect.arrayContaining(['okta.users.read', 'okta.users.manage']),
    );
    const filtered = scopeGroups('  AGENT pools ');
    expect(filtered.map((group) => group.resource)).toEqual(['agentPools']);
    expect(scopeGroups('no scope says this')).toEqual([]);
  });

  it('gives least-privilege hints from the API service module', () => {
    expect(scopeHints(['okta.users.manage', 'okta.users.read', 'not.a.scope'])).toEqual([
      { scope: 'okta.users.manage', code: 'manage_scope', readScope: 'okta.users.read' },
      { scope: 'okta.users.read', code: 'redundant_scope' },
    ]);
    expect(scopeHints(['okta.users.read'])).toEqual([]);
  });

  it('preselects what the WS-Fed and SWA forms show selected', () => {
    const wsfed = currentConfig({ ...initialCustomDraft('wsfed'), configs: { wsfed: { usernameAttribute: 'upn' } } });
    expect(wsfed).toMatchObject({ nameIdFormat: 'unspecified', usernameAttribute: 'upn' });
    expect(currentConfig(initialCustomDraft('swa'))).toEqual({ mode: 'BROWSER_PLUGIN' });
  });
});

describe('loadMethodProtocols', () => {
  it('binds only the chosen method, with SCIM where it may provision', async () => {
    expect(Object.keys(await loadMethodProtocols('oidc'))).toEqual(['oidc', 'scim']);
    expect(Object.keys(await loadMethodProtocols('wsfed'))).toEqual(['wsfed']);
    const saml = await loadMethodProtocols('saml');
    expect(Object.keys(saml)).toEqual(['saml', 'scim']);
    const result = saml.saml?.validate(
      { ssoUrl: 'https://sp.example.com/acs', audience: 'https://sp.example.com' },
      {
        label: 'SP',
        username: { template: { type: 'BUILT_IN', template: '${source.login}' }, updateOn: 'CREATE_AND_UPDATE' },
        revealPassword: false,
        provisioning: { type: 'none' },
      },
      { policy: 'strict', path: ['signOn', 'config'] },
    );
    expect(result && 'data' in result).toBe(true);
  });
});

describe('importSpMetadata', () => {
  const sample = readFileSync(
    resolve(import.meta.dirname, '../../../../../../shared/reference/samples/sp-metadata.xml'),
    'utf8',
  );

  it('fills the SAML config from SP metadata and lists what it filled and could not', async () => {
    const result = await importSpMetadata(sample, { defaultRelayState: 'kept', recipient: 'https://old.example.com' });
    expect(result.config).toMatchObject({
      ssoUrl: 'https://sp.example.test/saml2/acs',
      audience: 'https://sp.example.test/saml2/metadata',
      nameIdFormat: 'emailAddress',
      defaultRelayState: 'kept',
    });
    expect(result.config).not.toHaveProperty('recipient');
    expect(result.filled).toEqual(['ssoUrl', 'audience', 'nameIdFormat', 'singleLogout', 'spCertificate']);
    // The requested attribute has no statement yet: said, not invented.
    expect(result.notFilled).toEqual([expect.stringContaining('urn:oid:0.9.2342.19200300.100.1.3 (mail)')]);
  });

  it('refuses a document that is not SP metadata, naming the problem', async () => {
    await expect(importSpMetadata('<notMetadata/>', {})).rejects.toMatchObject({ name: 'ConfigValidationError' });
    await expect(importSpMetadata('<!DOCTYPE x [<!ENTITY a "b">]><x/>', {})).rejects.toMatchObject({
      name: 'ConfigValidationError',
    });
  });
});

describe('connector test', () => {
  let server: BrokenServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reports the connection issues instead of testing an invalid connection', () => {
    const result = connectorConfig(draftWith({ baseUrl: 'not a url', auth: { type: 'bearer', token } }), validation);
    expect('issues' in result && result.issues.map((item) => item.path.join('.'))).toContain(
      'provisioning.connection.baseUrl',
    );
  });

  it('runs testConnector against a loopback SCIM server: a pass and a failure', async () => {
    server = await startBrokenServer(token);
    const good = connectorConfig(draftWith({ baseUrl: server.baseUrl, auth: { type: 'bearer', token } }), validation);
    if (!('config' in good)) throw new Error(JSON.stringify(good.issues));
    const pass = await runConnectorTest(good.config, { timeout: 5000 });
    expect(pass.ok).toBe(true);
    const wrong = connectorConfig(
      draftWith({ baseUrl: server.baseUrl, auth: { type: 'bearer', token: `${token}-wrong` } }),
      validation,
    );
    if (!('config' in wrong)) throw new Error('expected a config');
    const fail = await runConnectorTest(wrong.config, { timeout: 5000 });
    expect(fail.ok).toBe(false);
    expect(JSON.stringify(fail)).not.toContain(token);
  });
});

describe('missing values', () => {
  it('are reported as required, while a wrong type stays a type error', async () => {
    const { createCustomFlow } = await import('./custom-flow.js');
    const flow = createCustomFlow(validation);
    let state = flow.next(flow.update(flow.start(), { protocol: 'saml' }));
    state = flow.next(flow.update(state, { label: 'SP' }));
    const codes = (config: Record<string, unknown>) =>
      flow.issues(flow.update(state, { config })).map((item) => `${item.path.join('.')}:${item.code}`);
    expect(codes({})).toEqual(
      expect.arrayContaining(['signOn.config.ssoUrl:required', 'signOn.config.audience:required']),
    );
    expect(codes({ ssoUrl: 42, audience: 'https://sp.example.com' })).toEqual(['signOn.config.ssoUrl:invalid_type']);
  });
});
