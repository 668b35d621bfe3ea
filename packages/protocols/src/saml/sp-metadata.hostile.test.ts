import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wsfedInput } from '../wsfed/__fixtures__/config.js';
import { safeDefine as safeDefineWsfed } from '../wsfed/define.js';
import { spMetadataRefusal as refusal } from './__fixtures__/sp-metadata-refusal.js';
import { safeDefine } from './define.js';
import { parseSpMetadata } from './sp-metadata.js';

const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const samlify = (file: string) => readFileSync(new URL(`./__fixtures__/samlify/${file}`, import.meta.url), 'utf8');

const sp = (
  descriptorBody: string,
  entityAttributes = '',
) => `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="urn:amazon:webservices"${entityAttributes}>
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${descriptorBody}
  </md:SPSSODescriptor>
</md:EntityDescriptor>`;
const acs = (location: string) => `<md:AssertionConsumerService Binding="${POST}" Location="${location}" index="1"/>`;

describe('parseSpMetadata on samlify test metadata without the SAML namespace', () => {
  it('reads spmeta.xml by local name, with a note', async () => {
    const result = await parseSpMetadata(samlify('spmeta.xml'));
    expect(result.entityId).toBe('https://sp.example.org/metadata');
    expect(result.config.ssoUrl).toBe('https://sp.example.org/sp/sso');
    expect(result.nameIdFormats).toEqual(['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress']);
    expect(result.signingCertificates).toHaveLength(1);
    expect(result.encryptionCertificates).toHaveLength(1);
    expect(result.singleLogout.map((s) => s.url)).toEqual([
      'https://sp.example.org/sp/slo',
      'https://sp.example.org/sp/slo',
    ]);
    expect(result.authnRequestsSigned).toBe(true);
    expect(result.notes[0]).toBe(
      'EntityDescriptor has no SAML metadata namespace (urn:oasis:names:tc:SAML:2.0:metadata); its elements were read by local name',
    );
  });

  it('reads sp_metadata_98.xml', async () => {
    const result = await parseSpMetadata(samlify('sp_metadata_98.xml'));
    expect(result.config).toMatchObject({ ssoUrl: 'https://example.org/response', nameIdFormat: 'transient' });
  });

  it('still refuses a root in another namespace, naming it', async () => {
    const foreign = samlify('sp_metadata_98.xml').replace(
      '<EntityDescriptor ',
      '<EntityDescriptor xmlns="urn:example:other" ',
    );
    expect(await refusal(foreign)).toMatchObject({
      code: 'not_metadata',
      message: expect.stringContaining('is in namespace urn:example:other, not the SAML metadata namespace'),
    });
  });
});

describe('parseSpMetadata notes what it cannot represent', () => {
  it("lists AWS's requested attributes (Role, RoleSessionName) instead of dropping them", async () => {
    const xml = sp(`${acs('https://signin.aws.amazon.com/saml')}
    <md:AttributeConsumingService index="1">
      <md:ServiceName xml:lang="en">AWS Management Console Single Sign-On</md:ServiceName>
      <md:RequestedAttribute isRequired="true" Name="https://aws.amazon.com/SAML/Attributes/Role" FriendlyName="RoleEntitlement"/>
      <md:RequestedAttribute isRequired="true" Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName" FriendlyName="RoleSessionName"/>
      <md:RequestedAttribute Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
    </md:AttributeConsumingService>`);
    const result = await parseSpMetadata(xml);
    expect(result.requestedAttributes).toEqual([
      { name: 'https://aws.amazon.com/SAML/Attributes/Role', friendlyName: 'RoleEntitlement', required: true },
      {
        name: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
        friendlyName: 'RoleSessionName',
        required: true,
      },
      {
        name: 'urn:oid:1.3.6.1.4.1.5923.1.1.1.3',
        nameFormat: 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
        required: false,
      },
    ]);
    expect(result.notes).toEqual([
      'the SP requests the required attribute https://aws.amazon.com/SAML/Attributes/Role (RoleEntitlement): add an attribute statement with its value',
      'the SP requests the required attribute https://aws.amazon.com/SAML/Attributes/RoleSessionName (RoleSessionName): add an attribute statement with its value',
      'the SP requests an optional attribute urn:oid:1.3.6.1.4.1.5923.1.1.1.3: add an attribute statement with its value',
    ]);
  });

  it('notes an expired or unreadable validUntil, and says nothing of a current one', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const at = (validUntil: string) =>
      parseSpMetadata(sp(acs('https://sp.test/acs'), ` validUntil="${validUntil}"`), { now });
    expect((await at('2029-12-31T23:59:59Z')).notes).toEqual([
      'EntityDescriptor expired: validUntil 2029-12-31T23:59:59Z has passed; ask the SP for current metadata',
    ]);
    expect((await at('soon')).notes).toEqual(['EntityDescriptor validUntil soon is not a dateTime']);
    expect((await at('2030-01-02T00:00:00Z')).notes).toEqual([]);
  });

  it('notes an expired EntitiesDescriptor around the entity', async () => {
    const xml = `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" validUntil="2020-01-01T00:00:00Z">${sp(acs('https://sp.test/acs')).replaceAll('md:', '').replace(' xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"', '')}</EntitiesDescriptor>`;
    expect((await parseSpMetadata(xml)).notes).toEqual([
      'EntitiesDescriptor expired: validUntil 2020-01-01T00:00:00Z has passed; ask the SP for current metadata',
    ]);
  });
});

describe('parseSpMetadata refuses hostile metadata with typed errors', () => {
  it('says "empty document" without leaking parser internals', async () => {
    for (const empty of ['', ' \n ']) {
      expect(await refusal(empty)).toEqual({
        path: ['metadata'],
        code: 'empty_document',
        message: 'is an empty document',
      });
    }
  });

  it.each([
    ['CR LF as character references', 'https://sp.test/acs&#13;&#10;Set-Cookie: x=1'],
    ['a tab', 'https://sp.test/a&#9;cs'],
    ['NEL (C1) as a character reference', 'https://sp.test/acs&#x85;'],
  ])('refuses an ACS Location carrying %s', async (_, location) => {
    expect(await refusal(sp(acs(location)))).toMatchObject({
      code: 'invalid_url',
      message: expect.stringMatching(
        /^AssertionConsumerService \(line \d+, column \d+\): Location contains control characters$/,
      ),
    });
  });

  it('refuses a control character in a SingleLogoutService ResponseLocation', async () => {
    const slo = `<md:SingleLogoutService Binding="${POST}" Location="https://sp.test/slo" ResponseLocation="https://sp.test/slo&#10;x"/>`;
    expect(await refusal(sp(`${slo}${acs('https://sp.test/acs')}`))).toMatchObject({ code: 'invalid_url' });
  });

  it('refuses 10,000 nested elements with a typed error, not a RangeError', async () => {
    const deep = sp(`${acs('https://sp.test/acs')}${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}`);
    expect(await refusal(deep)).toMatchObject({ code: 'too_deep' });
  });
});

describe('URL fields refuse control characters in the schemas too', () => {
  const saml = { label: 'x', audience: 'urn:sp', idpIssuer: 'urn:idp' };
  it.each(['https://sp.test/acs\r\nX-Injected: 1', 'https://sp.test/\u0000acs', 'https://sp.test/acs\u2028'])(
    'saml.define refuses ssoUrl %j, naming the field',
    (ssoUrl) => {
      const result = safeDefine({ ...saml, ssoUrl });
      expect(result.success ? [] : result.error.issues).toEqual([
        { path: ['ssoUrl'], code: 'custom', message: 'must not contain control characters' },
      ]);
    },
  );

  it('wsfed.define refuses a replyUrl with CR/LF', () => {
    const result = safeDefineWsfed({ ...wsfedInput, replyUrl: 'https://rp.test/reply\r\nx' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['replyUrl'], 'must not contain control characters'],
    ]);
  });
});
