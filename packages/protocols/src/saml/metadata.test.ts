import fc from 'fast-check';
import * as samlify from 'samlify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { describeWithReference } from '../test-utils/reference.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { validateAgainstXsd } from '../xml/__fixtures__/xsd.js';
import { parseXml } from '../xml/parse.js';
import { idpIdentity, spConfig } from './__fixtures__/config.js';
import { idpMetadata } from './metadata.js';
import { buildResponse } from './response.js';
import { setupInstructions } from './setup.js';

// libxml2 in WebAssembly takes a few hundred ms per document on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describeWithReference('saml.idpMetadata', () => {
  const idp = idpIdentity();
  const config = spConfig();
  const idpInput = { entityId: idp.entityId, ssoUrl: idp.ssoUrl, sloUrl: idp.sloUrl, certificate: idp.pem };

  beforeAll(() => {
    // samlify refuses to parse anything without a schema validator: give it our XSDs.
    samlify.setSchemaValidator({
      validate: async (xml: string) => {
        const result = await validateAgainstXsd(xml, 'bundle-metadata.xsd');
        if (!result.valid) throw new Error(result.errors.join('\n'));
        return 'ok';
      },
    });
  });

  it('is valid against the OASIS metadata schemas and re-parses', async () => {
    const xml = await idpMetadata(config, idpInput);
    for (const schema of ['saml-schema-metadata-2.0.xsd', 'bundle-metadata.xsd'] as const) {
      expect(await validateAgainstXsd(xml, schema)).toEqual({ valid: true, errors: [] });
    }
    expect(parseXml(xml).documentElement.getAttribute('entityID')).toBe(idp.entityId);
  });

  it('is read by samlify: entity ID, SSO URLs, NameID format, certificate', async () => {
    const xml = await idpMetadata(config, idpInput);
    const entity = samlify.IdentityProvider({ metadata: xml });
    expect(entity.entityMeta.getEntityID()).toBe(idp.entityId);
    expect(entity.entityMeta.getSingleSignOnService('post')).toBe(idp.ssoUrl);
    expect(entity.entityMeta.getSingleSignOnService('redirect')).toBe(idp.ssoUrl);
    expect(entity.entityMeta.getSingleLogoutService('redirect')).toBe(idp.sloUrl);
    expect(entity.entityMeta.getNameIDFormat()).toContain('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    expect(String(entity.entityMeta.getX509Certificate('signing')).replace(/\s/g, '')).toBe(idp.base64);
    expect(entity.entityMeta.isWantAuthnRequestsSigned()).toBe(false);
  });

  it('samlify accepts a buildResponse response against that metadata (and checks no audience itself)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const idpEntity = samlify.IdentityProvider({
      metadata: await idpMetadata(config, { ...idpInput, sloUrl: undefined }),
    });
    warn.mockRestore();
    const sp = samlify.ServiceProvider({
      entityID: config.audience,
      assertionConsumerService: [{ Binding: samlify.Constants.namespace.binding.post, Location: config.ssoUrl }],
    });
    const xml = await buildResponse(
      config,
      { nameId: 'alice@example.test', attributes: { email: 'alice@example.test' } },
      {
        privateKey: idp.privateKeyPem,
        certificate: idp.pem,
      },
    );
    expect(await validateAgainstXsd(xml, 'saml-schema-protocol-2.0.xsd')).toEqual({ valid: true, errors: [] });
    const { extract } = await sp.parseLoginResponse(idpEntity, 'post', {
      body: { SAMLResponse: Buffer.from(xml).toString('base64') },
    });
    expect(extract.nameID).toBe('alice@example.test');
    expect(extract.attributes?.email).toBe('alice@example.test');
    expect(extract.audience).toBe(config.audience);
    // Tampering is refused.
    const tampered = xml.replace('>alice@example.test</saml:NameID>', '>eve@example.test</saml:NameID>');
    await expect(
      sp.parseLoginResponse(idpEntity, 'post', { body: { SAMLResponse: Buffer.from(tampered).toString('base64') } }),
    ).rejects.toThrow(/^FAILED_TO_VERIFY_SIGNATURE$/);
  });

  it('publishes a current and a next signing certificate for rotation', async () => {
    const next = makeCertificate({ cn: 'next.okta.integrakit.test', slot: 2 });
    const xml = await idpMetadata(config, { ...idpInput, nextCertificate: next.pem });
    expect((await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd')).valid).toBe(true);
    const certs = samlify.IdentityProvider({ metadata: xml }).entityMeta.getX509Certificate('signing');
    expect([certs].flat().map((c) => String(c).replace(/\s/g, ''))).toEqual([idp.base64, next.base64]);
  });

  it('refuses an invalid idp description naming the field', async () => {
    await expect(idpMetadata(config, { ...idpInput, ssoUrl: 'not a url' })).rejects.toThrow(/ssoUrl: /);
    await expect(idpMetadata(config, { ...idpInput, certificate: 'garbage' })).rejects.toThrow(/certificate: .*X\.509/);
    await expect(idpMetadata(config, { ...idpInput, entityId: 'x'.repeat(1025) })).rejects.toThrow(/entityId: /);
    await expect(idpMetadata(config, { ...idpInput, entityId: 'urn:a\u0001b' })).rejects.toThrow(
      /entityId: .*absolute URI/,
    );
    await expect(idpMetadata(config, { ...idpInput, entityId: '## not a uri' })).rejects.toThrow(
      /entityId: .*absolute URI/,
    );
  });

  it('property: any valid config and IdP yields XSD-valid metadata with every value escaped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            fc.webUrl({ withQueryParameters: true, withFragments: true }),
            fc.string({ minLength: 1, maxLength: 40 }).map((s) => `urn:integrakit:${encodeURIComponent(s)}`),
          )
          .filter((s) => s.length <= 1024),
        fc.string({ maxLength: 30, unit: 'grapheme' }),
        fc.constantFrom('unspecified', 'emailAddress', 'x509SubjectName', 'persistent', 'transient' as const),
        fc.boolean(),
        async (entityId, path, nameIdFormat, withSlo) => {
          const ssoUrl = `https://idp.example.test/${encodeURIComponent(path)}?a=1&b=<x>`;
          const xml = await idpMetadata(spConfig({ nameIdFormat }), {
            ...idpInput,
            entityId,
            ssoUrl,
            ...(withSlo ? {} : { sloUrl: undefined }),
          });
          expect((await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd')).errors).toEqual([]);
          const root = parseXml(xml).documentElement;
          expect(root.getAttribute('entityID')).toBe(entityId);
          const sso = root.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:metadata', 'SingleSignOnService')[0];
          expect(sso?.getAttribute('Location')).toBe(ssoUrl);
        },
      ),
      { numRuns: propertyRuns(8) },
    );
  }, 60_000);

  it('setupInstructions gives the values and fingerprints an SP admin needs', async () => {
    const setup = await setupInstructions(config, idpInput);
    expect(setup).toMatchObject({ ssoUrl: idp.ssoUrl, sloUrl: idp.sloUrl, issuer: idp.entityId, certificate: idp.pem });
    expect(setup.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(setup.text).toContain(`Identity Provider Single Sign-On URL: ${idp.ssoUrl}`);
    expect(setup.text).toContain(setup.sha1Fingerprint);
    expect((await validateAgainstXsd(setup.metadata, 'saml-schema-metadata-2.0.xsd')).valid).toBe(true);
  });
});

describe('metadata escaping (no reference data needed)', () => {
  it('escapes markup in every string that reaches the XML', async () => {
    const idp = idpIdentity();
    const ssoUrl = 'https://idp.example.test/sso?q="><evil/><x a="&b=1';
    const xml = await idpMetadata(spConfig(), { entityId: 'urn:integrakit:idp', ssoUrl, certificate: idp.base64 });
    expect(xml).not.toContain('<evil/>');
    const sso = parseXml(xml).documentElement.getElementsByTagNameNS(
      'urn:oasis:names:tc:SAML:2.0:metadata',
      'SingleSignOnService',
    );
    expect(sso[0]?.getAttribute('Location')).toBe(ssoUrl);
  });
});
