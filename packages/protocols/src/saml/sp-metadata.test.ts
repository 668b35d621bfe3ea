import { readFileSync } from 'node:fs';
import { SAML } from '@node-saml/node-saml';
import * as samlify from 'samlify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { validateAgainstXsd } from '../xml/__fixtures__/xsd.js';
import { define } from './define.js';
import { parseSpMetadata } from './sp-metadata.js';

vi.setConfig({ testTimeout: 30_000 });

const signing = makeCertificate({ cn: 'sp-signing.example.test', slot: 2 });
const encryption = makeCertificate({ cn: 'sp-encryption.example.test', slot: 3 });
const rollover = makeCertificate({ cn: 'sp-next.example.test', slot: 4 });

const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

/** samlify SP metadata with NameIDFormat and SingleLogoutService, which it emits out of schema order. */
function samlifySpMetadata(): string {
  const sp = samlify.ServiceProvider({
    entityID: 'https://samlify.example.test/metadata',
    authnRequestsSigned: true,
    wantAssertionsSigned: true,
    signingCert: signing.pem,
    encryptCert: encryption.pem,
    nameIDFormat: ['urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'],
    singleLogoutService: [{ Binding: POST, Location: 'https://samlify.example.test/slo' }],
    assertionConsumerService: [
      { Binding: POST, Location: 'https://samlify.example.test/acs' },
      { Binding: POST, Location: 'https://eu.samlify.example.test/acs' },
      { Binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact', Location: 'https://samlify.example.test/art' },
    ],
  });
  return sp.getMetadata();
}

async function refusal(xml: string, options = {}) {
  try {
    await parseSpMetadata(xml, options);
  } catch (error) {
    expect(isConfigValidationError(error)).toBe(true);
    return (error as Error & { issues: { code: string; message: string }[] }).issues[0];
  }
  throw new Error('expected parseSpMetadata to refuse the document');
}

describe('saml.parseSpMetadata from real SP libraries', () => {
  beforeAll(() => samlify.setSchemaValidator({ validate: async () => 'skipped: metadata generation only' }));

  it('reads @node-saml/node-saml metadata (signing + encryption keys)', async () => {
    const saml = new SAML({
      callbackUrl: 'https://app.example.test/login/callback',
      issuer: 'https://app.example.test/sp',
      idpCert: signing.base64,
      entryPoint: 'https://idp.example.test/sso',
      logoutCallbackUrl: 'https://app.example.test/logout/callback',
      decryptionPvk: encryption.privateKeyPem,
      privateKey: signing.privateKeyPem,
    });
    const xml = saml.generateServiceProviderMetadata(encryption.pem, signing.pem);
    const sp = await parseSpMetadata(xml);
    expect(sp.entityId).toBe('https://app.example.test/sp');
    expect(sp.acs).toEqual([
      { url: 'https://app.example.test/login/callback', binding: POST, index: 1, isDefault: true },
    ]);
    expect(sp.signingCertificates).toEqual([signing.base64]);
    expect(sp.encryptionCertificates).toEqual([encryption.base64]);
    const config = define(sp.config);
    expect(config).toMatchObject({
      audience: 'https://app.example.test/sp',
      ssoUrl: 'https://app.example.test/login/callback',
      assertionEncryption: { certificate: encryption.base64 },
      singleLogout: { logoutUrl: 'https://app.example.test/logout/callback', spIssuer: 'https://app.example.test/sp' },
      spCertificate: signing.base64,
    });
  });

  it('reads samlify metadata, including its out-of-schema-order NameIDFormat/SingleLogoutService', async () => {
    const xml = samlifySpMetadata();
    const parsed = await parseSpMetadata(xml);
    expect(parsed.authnRequestsSigned).toBe(true);
    expect(parsed.wantAssertionsSigned).toBe(true);
    expect(parsed.acs.map((a) => [a.index, a.url])).toEqual([
      [0, 'https://samlify.example.test/acs'],
      [1, 'https://eu.samlify.example.test/acs'],
      [2, 'https://samlify.example.test/art'],
    ]);
    expect(parsed.notes.join('\n')).toMatch(/HTTP-Artifact/);
    const config = define(parsed.config);
    expect(config.nameIdFormat).toBe('persistent');
    expect(config.acsEndpoints).toEqual([
      { url: 'https://samlify.example.test/acs', index: 0 },
      { url: 'https://eu.samlify.example.test/acs', index: 1 },
    ]);
  });
});

describeWithReference('saml.parseSpMetadata from samples and hand-written documents', () => {
  it('reads the shared sample SP metadata', async () => {
    const xml = readFileSync(referencePath('samples', 'sp-metadata.xml'), 'utf8');
    expect((await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd')).valid).toBe(true);
    const sp = await parseSpMetadata(xml);
    expect(sp).toMatchObject({
      entityId: 'https://sp.example.test/saml2/metadata',
      authnRequestsSigned: true,
      wantAssertionsSigned: true,
      nameIdFormats: ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
      singleLogout: [
        { binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect', url: 'https://sp.example.test/saml2/slo' },
      ],
    });
    expect(define(sp.config)).toMatchObject({
      ssoUrl: 'https://sp.example.test/saml2/acs',
      nameIdFormat: 'emailAddress',
    });
  });

  it('tolerates samlify metadata that the schema itself rejects (element order)', async () => {
    const xml = samlifySpMetadata();
    const result = await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/SingleLogoutService.*not expected/);
    expect((await parseSpMetadata(xml)).singleLogout).toHaveLength(1);
  });

  it('refuses IdP metadata (no SPSSODescriptor) naming the element and position', async () => {
    const issue = await refusal(readFileSync(referencePath('samples', 'idp-metadata.xml'), 'utf8'));
    expect(issue?.code).toBe('missing_element');
    expect(issue?.message).toMatch(/^EntityDescriptor \(line \d+, column \d+\): has no md:SPSSODescriptor/);
  });

  it('refuses the invalid samples with clear errors', async () => {
    const missing = await refusal(
      readFileSync(referencePath('samples', 'invalid', 'idp-missing-entityid.xml'), 'utf8'),
    );
    expect(missing?.message).toMatch(/EntityDescriptor \(line \d+, column \d+\)/);
  });

  const many = (ids: string[]) => `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
${ids
  .map(
    (id, i) => `  <EntityDescriptor entityID="${id}">
    <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <AssertionConsumerService Binding="${POST}" Location="https://sp${i}.example.test/acs" index="${i}"/>
    </SPSSODescriptor>
  </EntityDescriptor>`,
  )
  .join('\n')}
</EntitiesDescriptor>`;

  it('picks an entity from an EntitiesDescriptor (default namespace), listing the choices otherwise', async () => {
    const xml = many(['urn:sp:a', 'urn:sp:b', 'urn:sp:c']);
    expect((await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd')).valid).toBe(true);
    expect((await parseSpMetadata(xml, { entityId: 'urn:sp:b' })).config.ssoUrl).toBe('https://sp1.example.test/acs');
    const ambiguous = await refusal(xml);
    expect(ambiguous).toMatchObject({ code: 'ambiguous_entity' });
    expect(ambiguous?.message).toContain('urn:sp:a, urn:sp:b, urn:sp:c');
    expect((await refusal(xml, { entityId: 'urn:sp:z' }))?.message).toMatch(
      /no SP entity "urn:sp:z"; choose one of: urn:sp:a/,
    );
  });

  it('reads several signing certificates (rollover), wrapped base64, odd prefixes and any element order', async () => {
    const wrapped = (b64: string) => `\n        ${b64.replace(/(.{64})/g, '$1\n        ')}\n      `;
    const xml = `<?xml version="1.0"?>
<metadata:EntityDescriptor xmlns:metadata="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:sig="http://www.w3.org/2000/09/xmldsig#" entityID="https://rollover.example.test">
  <metadata:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol urn:oasis:names:tc:SAML:2.0:protocol" WantAssertionsSigned="true">
    <metadata:AssertionConsumerService Binding="${POST}" Location="https://rollover.example.test/acs/2" index="2"/>
    <metadata:KeyDescriptor use="signing"><sig:KeyInfo><sig:X509Data><sig:X509Certificate>${wrapped(signing.base64)}</sig:X509Certificate></sig:X509Data></sig:KeyInfo></metadata:KeyDescriptor>
    <metadata:KeyDescriptor use="signing"><sig:KeyInfo><sig:X509Data><sig:X509Certificate>${wrapped(rollover.base64)}</sig:X509Certificate></sig:X509Data></sig:KeyInfo></metadata:KeyDescriptor>
    <metadata:KeyDescriptor use="encryption"><sig:KeyInfo><sig:X509Data><sig:X509Certificate>${encryption.base64}</sig:X509Certificate></sig:X509Data></sig:KeyInfo></metadata:KeyDescriptor>
    <metadata:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</metadata:NameIDFormat>
    <metadata:AssertionConsumerService Binding="${POST}" Location="https://rollover.example.test/acs/0" index="0" isDefault="true"/>
  </metadata:SPSSODescriptor>
</metadata:EntityDescriptor>`;
    const sp = await parseSpMetadata(xml);
    expect(sp.signingCertificates).toEqual([signing.base64, rollover.base64]);
    const config = define(sp.config);
    expect(config).toMatchObject({
      ssoUrl: 'https://rollover.example.test/acs/0',
      nameIdFormat: 'transient',
      assertionEncryption: { certificate: encryption.base64 },
      acsEndpoints: [
        { url: 'https://rollover.example.test/acs/2', index: 2 },
        { url: 'https://rollover.example.test/acs/0', index: 0 },
      ],
    });
  });

  it('refuses XXE without resolving it, oversized input and malformed XML with line and column', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE md [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&xxe;"/>`;
    const issue = await refusal(xxe);
    expect(issue).toMatchObject({ code: 'doctype_forbidden' });
    expect(issue?.message).toContain('line 2, column 1');
    expect(issue?.message).not.toContain('root:');
    expect((await refusal(many(['urn:sp:a']), { maxLength: 100 }))?.code).toBe('too_big');
    const malformed = await refusal(
      '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">\n  <md:SPSSODescriptor>\n</md:EntityDescriptor>',
    );
    expect(malformed?.code).toBe('malformed_xml');
    expect(malformed?.message).toMatch(/line \d+, column \d+/);
  });

  it.each([
    ['not metadata', '<foo/>', 'not_metadata', /foo \(line 1, column 1\)/],
    [
      'no entityID',
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>',
      'missing_attribute',
      /entityID is required/,
    ],
    [
      'SAML 1.1 only',
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol"/></EntityDescriptor>',
      'unsupported_protocol',
      /SPSSODescriptor \(line 1, column \d+\)/,
    ],
    [
      'no POST ACS',
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><AssertionConsumerService Binding="urn:x" Location="https://a.test" index="0"/></SPSSODescriptor></EntityDescriptor>`,
      'missing_element',
      /HTTP-POST/,
    ],
    [
      'ACS without Location',
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><AssertionConsumerService Binding="${POST}" index="0"/></SPSSODescriptor></EntityDescriptor>`,
      'missing_attribute',
      /AssertionConsumerService \(line 1, column \d+\): Location/,
    ],
    [
      'bad certificate',
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>bm90IGEgY2VydA==</X509Certificate></X509Data></KeyInfo></KeyDescriptor><AssertionConsumerService Binding="${POST}" Location="https://a.test" index="0"/></SPSSODescriptor></EntityDescriptor>`,
      'invalid_certificate',
      /X509Certificate \(line 1, column \d+\)/,
    ],
  ])('refuses %s', async (_name, xml, code, message) => {
    const issue = await refusal(xml);
    expect(issue?.code).toBe(code);
    expect(issue?.message).toMatch(message);
  });
});
