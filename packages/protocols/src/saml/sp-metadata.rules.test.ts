import { describe, expect, it } from 'vitest';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { spMetadataRefusal as refusal } from './__fixtures__/sp-metadata-refusal.js';
import { parseSpMetadata } from './sp-metadata.js';

// Each rule of parseSpMetadata on its own, on small hand-written documents (the peers' metadata and the
// schema checks are in sp-metadata.test.ts): what it reads, what it notes and what it refuses, by code,
// element and message.
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const SAML2 = 'urn:oasis:names:tc:SAML:2.0:protocol';
const MD = 'xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"';
const signing = makeCertificate({ cn: 'rules-signing.example.test', slot: 2 });
const encryption = makeCertificate({ cn: 'rules-encryption.example.test', slot: 3 });

const acs = (location: string, attributes = '', binding = POST) =>
  `<md:AssertionConsumerService Binding="${binding}" Location="${location}"${attributes}/>`;
const key = (use: string | undefined, certificate: string) =>
  `<md:KeyDescriptor${use === undefined ? '' : ` use="${use}"`}><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
const descriptor = (body: string, attributes = '') =>
  `<md:SPSSODescriptor protocolSupportEnumeration="${SAML2}"${attributes}>${body}</md:SPSSODescriptor>`;
const entity = (body: string, attributes = ' entityID="https://sp.test"') =>
  `<md:EntityDescriptor ${MD}${attributes}>${body}</md:EntityDescriptor>`;
/** An SP entity with one POST ACS plus `body` in its SPSSODescriptor. */
const sp = (body = '', descriptorAttributes = '') =>
  entity(descriptor(acs('https://sp.test/acs') + body, descriptorAttributes));

describe('parseSpMetadata picks the entity', () => {
  it('reads a lone EntityDescriptor, and refuses it when another entityID is asked for', async () => {
    expect((await parseSpMetadata(sp(), { entityId: 'https://sp.test' })).entityId).toBe('https://sp.test');
    expect(await refusal(sp(), { entityId: 'https://other.test' })).toEqual({
      path: ['metadata'],
      code: 'entity_not_found',
      message: 'EntityDescriptor (line 1, column 1): entityID is "https://sp.test", not "https://other.test"',
    });
  });

  it('refuses a SAML metadata root that holds no entity', async () => {
    expect(await refusal(`<md:AffiliationDescriptor ${MD}/>`)).toMatchObject({
      code: 'not_metadata',
      message:
        'AffiliationDescriptor (line 1, column 1): the root element must be md:EntityDescriptor or md:EntitiesDescriptor',
    });
  });

  const entities = (...bodies: string[]) => `<md:EntitiesDescriptor ${MD}>${bodies.join('')}</md:EntitiesDescriptor>`;
  const idp = '<md:EntityDescriptor entityID="https://idp.test"><md:IDPSSODescriptor/></md:EntityDescriptor>';

  it('skips entities that are not SPs, so one SP among them needs no entityId', async () => {
    expect((await parseSpMetadata(entities(idp, sp().replace(` ${MD}`, '')))).entityId).toBe('https://sp.test');
  });

  it('says when there is no SP to pick, or not the one asked for', async () => {
    expect(await refusal(entities(idp))).toMatchObject({
      code: 'missing_element',
      message: 'EntitiesDescriptor (line 1, column 1): holds no EntityDescriptor with an SPSSODescriptor',
    });
    expect((await refusal(entities(idp), { entityId: 'https://idp.test' }))?.message).toBe(
      'EntitiesDescriptor (line 1, column 1): no SP entity "https://idp.test"; choose one of: (none)',
    );
    const nameless = entities(entity(descriptor(acs('https://sp.test/acs')), '').replace(` ${MD}`, ''), idp);
    // An SP without an entityID is listed as nothing at all.
    expect((await refusal(nameless, { entityId: 'x' }))?.message).toBe(
      'EntitiesDescriptor (line 1, column 1): no SP entity "x"; choose one of: (none)',
    );
  });
});

describe('parseSpMetadata reads the SP descriptor', () => {
  it('refuses an entityID of blanks', async () => {
    expect(await refusal(entity(descriptor(acs('https://sp.test/acs')), ' entityID="  "'))).toMatchObject({
      code: 'missing_attribute',
      message: 'EntityDescriptor (line 1, column 1): entityID is required',
    });
  });

  it('refuses a descriptor without protocolSupportEnumeration, and finds SAML 2.0 among several', async () => {
    const without = entity(`<md:SPSSODescriptor>${acs('https://sp.test/acs')}</md:SPSSODescriptor>`);
    expect((await refusal(without))?.message).toMatch(
      /^SPSSODescriptor \(line 1, column \d+\): protocolSupportEnumeration does not include SAML 2.0$/,
    );
    const saml11 = sp().replace(SAML2, 'urn:oasis:names:tc:SAML:1.1:protocol');
    expect((await refusal(saml11))?.code).toBe('unsupported_protocol');
    const several = sp().replace(SAML2, `urn:oasis:names:tc:SAML:1.1:protocol\n  ${SAML2}`);
    expect((await parseSpMetadata(several)).entityId).toBe('https://sp.test');
  });

  it('numbers ACS without an index by position, and takes an index of 0 to 65535', async () => {
    const xml = entity(
      descriptor(acs('https://sp.test/a') + acs('https://sp.test/b', ' index="65535"') + acs('https://sp.test/c')),
    );
    expect((await parseSpMetadata(xml)).acs.map(({ url, index }) => [url, index])).toEqual([
      ['https://sp.test/a', 0],
      ['https://sp.test/b', 65535],
      ['https://sp.test/c', 2],
    ]);
  });

  it.each(['-1', '65536', '1.5', 'one'])('refuses the ACS index %s', async (index) => {
    const issue = await refusal(entity(descriptor(acs('https://sp.test/acs', ` index="${index}"`))));
    expect(issue?.code).toBe('invalid_index');
    expect(issue?.message).toMatch(/^AssertionConsumerService \(line 1, column \d+\): index must be 0–65535$/);
  });

  it('posts to the default POST ACS, else to the lowest index, the first of equals', async () => {
    const ssoUrl = async (body: string) => (await parseSpMetadata(entity(descriptor(body)))).config.ssoUrl;
    expect(
      await ssoUrl(
        acs('https://sp.test/1', ' index="1"') +
          acs('https://sp.test/2', ' index="2" isDefault="true"') +
          acs('https://sp.test/0', ' index="0" isDefault="true"', REDIRECT),
      ),
    ).toBe('https://sp.test/2');
    expect(await ssoUrl(acs('https://sp.test/1', ' index="1"') + acs('https://sp.test/0', ' index="0"'))).toBe(
      'https://sp.test/0',
    );
    expect(await ssoUrl(acs('https://sp.test/first', ' index="3"') + acs('https://sp.test/second', ' index="3"'))).toBe(
      'https://sp.test/first',
    );
  });

  it('lists every ACS with its binding and default flag, and notes the ones Okta cannot post to', async () => {
    const result = await parseSpMetadata(sp(acs('https://sp.test/art', ' isDefault="true"', 'urn:x:artifact')));
    expect(result.acs).toEqual([
      { url: 'https://sp.test/acs', binding: POST, index: 0, isDefault: false },
      { url: 'https://sp.test/art', binding: 'urn:x:artifact', index: 1, isDefault: true },
    ]);
    expect(result.notes).toEqual([
      'ACS https://sp.test/art uses urn:x:artifact; Okta only posts to HTTP-POST endpoints',
    ]);
    expect(result.config.acsEndpoints).toEqual([]);
    const two = await parseSpMetadata(sp(acs('https://sp.test/eu')));
    expect(two.config.acsEndpoints).toEqual([
      { url: 'https://sp.test/acs', index: 0 },
      { url: 'https://sp.test/eu', index: 1 },
    ]);
  });

  it('refuses an endpoint without a Binding, naming the element', async () => {
    const issue = await refusal(entity(descriptor('<md:AssertionConsumerService Location="https://sp.test/acs"/>')));
    expect(issue?.code).toBe('missing_attribute');
    expect(issue?.message).toMatch(
      /^AssertionConsumerService \(line 1, column \d+\): Location and Binding are required$/,
    );
  });

  it('refuses control characters in a Location, naming the attribute', async () => {
    expect((await refusal(sp(acs('https://sp.test/a&#10;b'))))?.message).toMatch(
      /^AssertionConsumerService \(line 1, column \d+\): Location contains control characters$/,
    );
  });

  it('takes the first NameID format Okta offers, and notes the others', async () => {
    const formats = [
      'urn:example:custom',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    ];
    const result = await parseSpMetadata(
      sp(`${formats.map((format) => `<md:NameIDFormat>${format}</md:NameIDFormat>`).join('')}<md:NameIDFormat/>`),
    );
    expect(result.nameIdFormats).toEqual(formats);
    expect(result.config.nameIdFormat).toBe('persistent');
    expect(result.notes).toEqual(['NameIDFormat urn:example:custom is not one Okta offers']);
    expect((await parseSpMetadata(sp())).config).not.toHaveProperty('nameIdFormat');
  });

  it('sorts certificates by use; a key without one serves both, but does not ask for encryption', async () => {
    const dual = await parseSpMetadata(sp(key(undefined, signing.base64)));
    expect(dual.signingCertificates).toEqual([signing.base64]);
    expect(dual.encryptionCertificates).toEqual([signing.base64]);
    expect(dual.config).not.toHaveProperty('assertionEncryption');
    const split = await parseSpMetadata(sp(key('signing', signing.base64) + key('encryption', encryption.base64)));
    expect(split.signingCertificates).toEqual([signing.base64]);
    expect(split.encryptionCertificates).toEqual([encryption.base64]);
    expect(split.config.assertionEncryption).toEqual({ certificate: encryption.base64 });
  });

  it('reads the flags only when they say "true"', async () => {
    const flags = async (attributes: string) => {
      const result = await parseSpMetadata(sp('', attributes));
      return [result.authnRequestsSigned, result.wantAssertionsSigned];
    };
    expect(await flags(' AuthnRequestsSigned="true" WantAssertionsSigned="true"')).toEqual([true, true]);
    expect(await flags(' AuthnRequestsSigned="1" WantAssertionsSigned="false"')).toEqual([false, false]);
  });

  it('labels the config with the entity ID cut to 100 characters, or the label given', async () => {
    const long = `https://sp.test/${'a'.repeat(120)}`;
    const xml = entity(descriptor(acs('https://sp.test/acs')), ` entityID="${long}"`);
    expect((await parseSpMetadata(xml)).config).toMatchObject({ label: long.slice(0, 100), audience: long });
    expect((await parseSpMetadata(xml, { label: 'Wiki' })).config.label).toBe('Wiki');
  });
});

describe('parseSpMetadata reads single logout', () => {
  const slo = (binding: string, location: string, response = '') =>
    `<md:SingleLogoutService Binding="${binding}" Location="${location}"${response}/>`;

  it('prefers the POST endpoint, and its ResponseLocation, for the config', async () => {
    const result = await parseSpMetadata(
      sp(
        key('signing', signing.base64) +
          slo(REDIRECT, 'https://sp.test/slo/redirect') +
          slo(POST, 'https://sp.test/slo/post', ' ResponseLocation="https://sp.test/slo/done"'),
      ),
    );
    expect(result.singleLogout).toStrictEqual([
      { binding: REDIRECT, url: 'https://sp.test/slo/redirect' },
      { binding: POST, url: 'https://sp.test/slo/post', responseUrl: 'https://sp.test/slo/done' },
    ]);
    expect(result.config).toMatchObject({
      singleLogout: { logoutUrl: 'https://sp.test/slo/done', spIssuer: 'https://sp.test' },
      spCertificate: signing.base64,
    });
    expect(result.notes).toEqual([]);
  });

  it('falls back to the Redirect endpoint, and never to another binding', async () => {
    const redirect = await parseSpMetadata(
      sp(
        key('signing', signing.base64) + slo('urn:x:soap', 'https://sp.test/soap') + slo(REDIRECT, 'https://sp.test/r'),
      ),
    );
    expect(redirect.config.singleLogout).toEqual({ logoutUrl: 'https://sp.test/r', spIssuer: 'https://sp.test' });
    const soap = await parseSpMetadata(sp(key('signing', signing.base64) + slo('urn:x:soap', 'https://sp.test/soap')));
    expect(soap.config).not.toHaveProperty('singleLogout');
    expect(soap.config).not.toHaveProperty('spCertificate');
  });

  it('notes single logout without a signing certificate, and leaves it out of the config', async () => {
    const result = await parseSpMetadata(sp(key('encryption', encryption.base64) + slo(POST, 'https://sp.test/slo')));
    expect(result.config).not.toHaveProperty('singleLogout');
    expect(result.notes).toEqual([
      'SingleLogoutService is declared but there is no signing certificate, which Okta requires for single logout',
    ]);
  });
});

describe('parseSpMetadata notes validUntil', () => {
  const now = new Date('2030-01-01T00:00:00Z');

  it('notes a validUntil at or before now on the entity, and none that is later or absent', async () => {
    const at = (validUntil: string) =>
      entity(descriptor(acs('https://sp.test/acs')), ` entityID="https://sp.test" validUntil="${validUntil}"`);
    expect((await parseSpMetadata(at('2030-01-01T00:00:00Z'), { now })).notes).toEqual([
      'EntityDescriptor expired: validUntil 2030-01-01T00:00:00Z has passed; ask the SP for current metadata',
    ]);
    expect((await parseSpMetadata(at('2030-01-01T00:00:01Z'), { now })).notes).toEqual([]);
    expect((await parseSpMetadata(at('soon'), { now })).notes).toEqual([
      'EntityDescriptor validUntil soon is not a dateTime',
    ]);
    expect((await parseSpMetadata(sp(), { now })).notes).toEqual([]);
  });
});

describe('parseSpMetadata refuses what it cannot use', () => {
  const entities = (...bodies: string[]) => `<md:EntitiesDescriptor ${MD}>${bodies.join('')}</md:EntitiesDescriptor>`;
  const named = (id: string) =>
    entity(descriptor(acs(`https://${id}.test/acs`)), ` entityID="urn:${id}"`).replace(` ${MD}`, '');

  it('asks which of several SPs to read, and reads the one named', async () => {
    const two = entities(named('a'), named('b'));
    expect(await refusal(two)).toEqual({
      path: ['metadata'],
      code: 'ambiguous_entity',
      message:
        'EntitiesDescriptor (line 1, column 1): holds 2 SP entities; pass { entityId } with one of: urn:a, urn:b',
    });
    expect((await parseSpMetadata(two, { entityId: 'urn:b' })).config.ssoUrl).toBe('https://b.test/acs');
    expect(await refusal(two, { entityId: 'urn:c' })).toEqual({
      path: ['metadata'],
      code: 'entity_not_found',
      message: 'EntitiesDescriptor (line 1, column 1): no SP entity "urn:c"; choose one of: urn:a, urn:b',
    });
  });

  it('refuses an entity without an entityID or an SPSSODescriptor', async () => {
    expect(await refusal(entity(descriptor(acs('https://sp.test/acs')), ''))).toMatchObject({
      code: 'missing_attribute',
      message: 'EntityDescriptor (line 1, column 1): entityID is required',
    });
    expect(await refusal(entity('<md:IDPSSODescriptor/>'))).toEqual({
      path: ['metadata'],
      code: 'missing_element',
      message: 'EntityDescriptor (line 1, column 1): has no md:SPSSODescriptor',
    });
  });

  it('reads only SAML metadata elements, or elements in no namespace at all', async () => {
    const foreign = entity(
      descriptor(acs('https://sp.test/acs'))
        .replaceAll('md:SPSSODescriptor', 'x:SPSSODescriptor')
        .replace('<x:SPSSODescriptor', '<x:SPSSODescriptor xmlns:x="urn:other"'),
    );
    expect((await refusal(foreign))?.code).toBe('missing_element');
    const unqualified = `<EntityDescriptor xmlns="" entityID="https://sp.test"><SPSSODescriptor protocolSupportEnumeration="${SAML2}"><AssertionConsumerService Binding="${POST}" Location="https://sp.test/acs"/></SPSSODescriptor></EntityDescriptor>`;
    const read = await parseSpMetadata(unqualified);
    expect(read.config.ssoUrl).toBe('https://sp.test/acs');
    expect(read.notes[0]).toMatch(/^EntityDescriptor has no SAML metadata namespace/);
  });

  it('refuses metadata without an HTTP-POST ACS, or an ACS without a Location', async () => {
    expect(await refusal(entity(descriptor(acs('https://sp.test/art', '', 'urn:x:artifact'))))).toMatchObject({
      code: 'missing_element',
      message: expect.stringMatching(
        /^SPSSODescriptor \(line 1, column \d+\): has no AssertionConsumerService with the HTTP-POST binding$/,
      ),
    });
    const noLocation = entity(descriptor(`<md:AssertionConsumerService Binding="${POST}"/>`));
    expect((await refusal(noLocation))?.code).toBe('missing_attribute');
  });

  it('refuses a certificate that is not X.509, and a control character in a ResponseLocation', async () => {
    expect(await refusal(sp(key('signing', 'bm90IGEgY2VydA==')))).toMatchObject({
      code: 'invalid_certificate',
      message: expect.stringMatching(/^X509Certificate \(line 1, column \d+\): is not a base64 DER X.509 certificate$/),
    });
    const slo = `<md:SingleLogoutService Binding="${POST}" Location="https://sp.test/slo" ResponseLocation="https://sp.test/a&#13;b"/>`;
    expect((await refusal(sp(slo)))?.message).toMatch(/: ResponseLocation contains control characters$/);
  });

  it('refuses a document over the length given', async () => {
    expect((await refusal(sp(), { maxLength: 100 }))?.code).toBe('too_big');
    expect((await parseSpMetadata(sp(), { maxLength: 10_000 })).entityId).toBe('https://sp.test');
  });

  it('asks Okta to sign both the response and the assertion', async () => {
    expect((await parseSpMetadata(sp())).config).toMatchObject({ responseSigned: true, assertionSigned: true });
  });
});
