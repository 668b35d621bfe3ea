// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isConfigValidationError } from '../errors.js';
import { expectValidAgainst, validateAgainst } from '../test-utils/openapi.js';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { spInput } from './__fixtures__/config.js';
import { define, policyWarnings } from './define.js';
import { fromOktaApp, toOktaApp } from './okta.js';

const cert = makeCertificate({ slot: 3 });

const full = define({
  ...spInput,
  recipient: 'https://wiki.example.test/saml/recipient',
  acsEndpoints: [
    { url: 'https://wiki.example.test/saml/acs', index: 0 },
    { url: 'https://eu.wiki.example.test/saml/acs', index: 1 },
  ],
  defaultRelayState: '/home',
  applicationUsername: { template: '${user.email}', type: 'CUSTOM', updateOn: 'CREATE_ONLY' },
  responseSigned: false,
  assertionEncryption: { certificate: cert.pem, keyTransportAlgorithm: 'RSA_15' },
  spCertificate: cert.base64,
  signedRequests: true,
  singleLogout: { logoutUrl: 'https://wiki.example.test/saml/slo', spIssuer: spInput.audience },
  participateSlo: {
    logoutRequestUrl: 'https://wiki.example.test/saml/slo/front',
    bindingType: 'REDIRECT',
    sessionIndexRequired: true,
  },
  honorForceAuthn: false,
  authnContextClassRef: 'Kerberos',
  assertionLifetimeSeconds: 600,
});

describe('saml Okta payloads', () => {
  it('maps to settings.signOn with Okta URNs', () => {
    const app = toOktaApp(full);
    expect(app.signOnMode).toBe('SAML_2_0');
    expect(app).not.toHaveProperty('name');
    expect(app.settings.signOn).toMatchObject({
      ssoAcsUrl: 'https://wiki.example.test/saml/acs',
      recipient: 'https://wiki.example.test/saml/recipient',
      destination: 'https://wiki.example.test/saml/acs',
      subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      authnContextClassRef: 'oasis:names:tc:SAML:2.0:ac:classes:Kerberos',
      allowMultipleAcsEndpoints: true,
      slo: { enabled: true, issuer: spInput.audience, logoutUrl: 'https://wiki.example.test/saml/slo' },
      spCertificate: { x5c: [cert.base64] },
      assertionEncryption: {
        enabled: true,
        encryptionAlgorithm: 'AES256_GCM',
        keyTransportAlgorithm: 'RSA_15',
        x5c: [cert.base64],
      },
      samlAssertionLifetimeSeconds: 600,
    });
    expect(app.settings.signOn.attributeStatements).toEqual([
      {
        type: 'EXPRESSION',
        name: 'email',
        namespace: 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
        values: ['user.email'],
      },
      {
        type: 'GROUP',
        name: 'groups',
        namespace: 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified',
        filterType: 'REGEX',
        filterValue: '^wiki-.*$',
      },
    ]);
    expect(app.credentials?.userNameTemplate).toEqual({
      template: '${user.email}',
      type: 'CUSTOM',
      pushStatus: 'DONT_PUSH',
    });
  });

  it('round-trips: fromOktaApp(toOktaApp(config)) equals config', () => {
    expect(fromOktaApp(toOktaApp(full))).toEqual(full);
    expect(toOktaApp(full).settings.signOn).toMatchObject({ samlSignedRequestEnabled: true });
    const minimal = define(spInput);
    expect(fromOktaApp(toOktaApp(minimal))).toEqual(minimal);
  });

  it('reads an app as Okta returns it (extra read-only fields ignored) without applying the strict policy', () => {
    const app = {
      id: '0oa1',
      status: 'ACTIVE',
      _links: {},
      ...toOktaApp(define({ ...spInput, ssoUrl: 'http://wiki.example.test/acs' }, { policy: 'okta' })),
    };
    const config = fromOktaApp(app);
    expect(config.ssoUrl).toBe('http://wiki.example.test/acs');
    expect(policyWarnings(config).map((i) => i.code)).toContain('https_required');
  });

  it.each([
    [
      'settings.signOn.responseSigned',
      { settings: { signOn: { ...toOktaApp(full).settings.signOn, responseSigned: 'yes' } } },
    ],
    [
      'settings.signOn.spCertificate.x5c',
      { settings: { signOn: { ...toOktaApp(full).settings.signOn, spCertificate: { x5c: [] } } } },
    ],
    ['signOnMode', { signOnMode: 'WS_FEDERATION' }],
    ['label', { label: '' }],
  ])('fromOktaApp refuses a bad %s, naming the Okta field', (field, patch) => {
    try {
      fromOktaApp({ ...toOktaApp(full), ...patch });
      expect.unreachable();
    } catch (error) {
      expect(isConfigValidationError(error)).toBe(true);
      expect((error as Error).message).toContain(`${field}: `);
    }
  });
});

describe('fromOktaApp names the payload field a config rule refuses (not the config name)', () => {
  const signOn = () => toOktaApp(full).settings.signOn;
  const pathsOf = (patch: Record<string, unknown>) => {
    try {
      fromOktaApp({ ...toOktaApp(full), settings: { signOn: { ...signOn(), ...patch } } });
    } catch (error) {
      if (isConfigValidationError(error)) return error.issues.map((issue) => issue.path.join('.'));
      throw error;
    }
    return expect.unreachable('the payload was accepted');
  };

  it.each([
    ['settings.signOn.ssoAcsUrl', { ssoAcsUrl: 'ftp://wiki.example.test/acs' }],
    ['settings.signOn.recipient', { recipient: 'not a url' }],
    ['settings.signOn.samlAssertionLifetimeSeconds', { samlAssertionLifetimeSeconds: -1 }],
    ['settings.signOn.slo.logoutUrl', { slo: { enabled: true, logoutUrl: 'nope', issuer: 'https://sp' } }],
  ])('%s', (field, patch) => {
    expect(pathsOf(patch)).toContain(field);
  });

  it('counts expression and group statements in the one list Okta sends', () => {
    const statements = [
      { type: 'GROUP', name: 'groups', filterType: 'REGEX', filterValue: '.*' },
      { type: 'EXPRESSION', name: 'email', values: ['user.email'] },
      { type: 'EXPRESSION', name: '', values: ['user.login'] },
    ];
    expect(pathsOf({ attributeStatements: statements })).toEqual(['settings.signOn.attributeStatements.2.name']);
  });
});

describeWithReference('saml payloads against the Okta OpenAPI spec', () => {
  // Parsing the 90k-line spec and compiling the schema is the slow part; do it once, generously.
  beforeAll(() => void validateAgainst('SamlApplication', {}), 60_000);

  it('toOktaApp output validates as SamlApplication', () => {
    expectValidAgainst('SamlApplication', toOktaApp(full));
    expectValidAgainst('SamlApplication', toOktaApp(define(spInput)));
  });

  it('the spec validator catches a broken payload (the check can fail)', () => {
    const app = toOktaApp(full);
    const broken = { ...app, settings: { signOn: { ...app.settings.signOn, digestAlgorithm: 'MD5' } } };
    expect(validateAgainst('SamlApplication', broken).valid).toBe(false);
  });

  it('reads the spec example Saml2.0Ex, refusing its truncated certificates by field', () => {
    const doc = openApiExample('Saml2.0Ex');
    expectValidAgainst('SamlApplication', doc);
    try {
      fromOktaApp(doc);
      expect.unreachable();
    } catch (error) {
      expect(isConfigValidationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/spCertificate: must be a PEM or base64 DER X\.509 certificate/);
    }
    const signOn = (doc as { settings: { signOn: Record<string, unknown> } }).settings.signOn;
    const { spCertificate: _s, assertionEncryption: _e, slo: _slo, participateSlo: _p, ...rest } = signOn;
    const config = fromOktaApp({ ...doc, settings: { signOn: rest } });
    expect(config).toMatchObject({
      audience: 'asdqwe123',
      ssoUrl: 'http://testorgone.okta',
      acsEndpoints: [{ index: 0 }, { index: 1 }],
    });
  });
});

function openApiExample(name: string): Record<string, unknown> {
  const doc = parse(readFileSync(referencePath('okta-management-openapi.yaml'), 'utf8')) as {
    components: { examples: Record<string, { value: unknown }> };
  };
  return doc.components.examples[name]?.value as Record<string, unknown>;
}
