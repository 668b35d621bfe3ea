// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.login}` is Okta expression syntax.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { expectValidAgainst, validateAgainst } from '../test-utils/openapi.js';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { validateAgainstXsd } from '../xml/__fixtures__/xsd.js';
import { childElements, descendants, NS } from '../xml/dom.js';
import { parseXml } from '../xml/parse.js';
import { wsfedInput } from './__fixtures__/config.js';
import { define } from './define.js';
import { federationMetadata } from './metadata.js';
import { fromOktaApp, toOktaApp } from './okta.js';

vi.setConfig({ testTimeout: 30_000 });

const cert = makeCertificate({ cn: 'okta-wsfed.integrakit.test', slot: 1 });
const next = makeCertificate({ cn: 'okta-wsfed-next.integrakit.test', slot: 2 });
const sts = {
  entityId: 'http://www.okta.com/exk1wsfed',
  passiveEndpoint: 'https://integrakit.okta.test/app/template_wsfed/exk1wsfed/sso/wsfed/passive',
  certificate: cert.pem,
  displayName: 'Integrakit & Okta <STS>',
};

describeWithReference('wsfed.federationMetadata', () => {
  it('is valid against ws-federation.xsd and the bundle, and re-parses', async () => {
    const xml = await federationMetadata(define(wsfedInput), { ...sts, nextCertificate: next.base64 });
    for (const schema of ['ws-federation.xsd', 'bundle-metadata.xsd'] as const) {
      expect(await validateAgainstXsd(xml, schema)).toEqual({ valid: true, errors: [] });
    }
    const root = parseXml(xml).documentElement;
    const [role] = childElements(root, NS.md, 'RoleDescriptor');
    expect(role?.getAttributeNS(NS.xsi, 'type')).toBe('fed:SecurityTokenServiceType');
    expect(role?.getAttribute('ServiceDisplayName')).toBe('Integrakit & Okta <STS>');
    expect(descendants(root, NS.ds, 'X509Certificate').map((c) => c.textContent)).toEqual([cert.base64, next.base64]);
    expect(descendants(root, NS.wsa, 'Address').map((a) => a.textContent)).toEqual([
      sts.passiveEndpoint,
      sts.passiveEndpoint,
    ]);
    expect(
      descendants(root, 'http://docs.oasis-open.org/wsfed/authorization/200706', 'ClaimType').map((c) =>
        c.getAttribute('Uri'),
      ),
    ).toEqual([
      // `role` is sent but not advertised: a ClaimType Uri must be an absolute URI.
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      wsfedInput.groupName,
    ]);
  });

  it('is valid with no claims and a separate STS endpoint; the XSD check can fail', async () => {
    const { attributeStatements: _a, groupFilter: _f, groupName: _n, ...bare } = wsfedInput;
    const xml = await federationMetadata(define(bare), { ...sts, stsEndpoint: 'https://integrakit.okta.test/sts' });
    expect((await validateAgainstXsd(xml, 'ws-federation.xsd')).valid).toBe(true);
    // Against the SAML metadata schema alone the fed: type does not resolve: proof the check bites.
    expect((await validateAgainstXsd(xml, 'saml-schema-metadata-2.0.xsd')).valid).toBe(false);
  });

  it('property: any valid claim names and display name stay schema-valid and escaped', async () => {
    const part = fc
      .string({ minLength: 1, maxLength: 20, unit: 'grapheme-ascii' })
      .filter((v) => v.trim().length > 0 && !/[|,]/.test(v));
    const uri = fc
      .webUrl({ withQueryParameters: true, withFragments: true })
      .filter((v) => !/[|,]/.test(v) && v.length <= 1024);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.oneof(part, uri), { maxLength: 3, selector: (v) => v.trim() }),
        part,
        async (names, displayName) => {
          const config = define({
            ...wsfedInput,
            groupFilter: undefined,
            groupName: undefined,
            attributeStatements: names.map((name) => ({ name, value: '${user.login}' })),
          });
          const xml = await federationMetadata(config, { ...sts, displayName });
          expect((await validateAgainstXsd(xml, 'ws-federation.xsd')).errors).toEqual([]);
          const root = parseXml(xml).documentElement;
          expect(childElements(root, NS.md, 'RoleDescriptor')[0]?.getAttribute('ServiceDisplayName')).toBe(
            displayName.trim(),
          );
          const claims = descendants(root, 'http://docs.oasis-open.org/wsfed/authorization/200706', 'ClaimType');
          const advertised = claims.map((c) => c.getAttribute('Uri'));
          // URLs are advertised as claim types; names without a scheme never reach the Uri attribute.
          const trimmed = names.map((n) => n.trim());
          expect(advertised.every((a) => a !== null && trimmed.includes(a))).toBe(true);
          for (const name of trimmed) {
            if (/^https?:\/\//.test(name)) expect(advertised).toContain(name);
            if (!name.includes(':')) expect(advertised).not.toContain(name);
          }
        },
      ),
      { numRuns: propertyRuns(8) },
    );
  }, 60_000);

  it('refuses an invalid STS description naming the field', async () => {
    await expect(federationMetadata(define(wsfedInput), { ...sts, passiveEndpoint: 'nope' })).rejects.toThrow(
      /passiveEndpoint: /,
    );
    await expect(federationMetadata(define(wsfedInput), { ...sts, certificate: 'nope' })).rejects.toThrow(
      /certificate: /,
    );
  });
});

describeWithReference('wsfed payloads against the Okta OpenAPI spec', () => {
  beforeAll(() => void validateAgainst('WsFederationApplication', {}), 60_000);

  it('toOktaApp output validates as WsFederationApplication', () => {
    expectValidAgainst('WsFederationApplication', toOktaApp(define(wsfedInput)));
    const broken = toOktaApp(define(wsfedInput));
    expect(
      validateAgainst('WsFederationApplication', {
        ...broken,
        settings: { app: { ...broken.settings.app, groupValueFormat: 'sid' } },
      }).valid,
    ).toBe(false);
  });

  it('reads the spec example WSFederationEx', () => {
    const doc = parse(readFileSync(referencePath('okta-management-openapi.yaml'), 'utf8')) as {
      components: { examples: Record<string, { value: unknown }> };
    };
    const example = doc.components.examples.WSFederationEx?.value;
    expectValidAgainst('WsFederationApplication', example);
    expect(fromOktaApp(example)).toMatchObject({
      audienceRestriction: 'urn:example:app',
      replyUrl: 'https://example.com/',
      nameIdFormat: 'unspecified',
      usernameAttribute: 'username',
    });
  });
});
