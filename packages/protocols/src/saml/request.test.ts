import { inflateRawSync } from 'node:zlib';
import { SAML } from '@node-saml/node-saml';
import { describe, expect, it } from 'vitest';
import { formatPath, isConfigValidationError } from '../errors.js';
import { issueAt } from '../test-utils/issues.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { readSamlRequest } from './request.js';

// Requests come from @node-saml/node-saml acting as the SP, the way a real app would send them.
const sp = makeCertificate({ cn: 'wiki.example.test', slot: 2 });
const other = makeCertificate({ cn: 'mallory.example.test', slot: 3 });

function nodeSaml(overrides: Record<string, unknown> = {}) {
  return new SAML({
    callbackUrl: 'https://wiki.example.test/saml/acs',
    issuer: 'https://wiki.example.test/saml/metadata',
    idpCert: other.base64,
    entryPoint: 'https://integrakit.okta.test/app/wiki/exk1/sso/saml',
    privateKey: sp.privateKeyPem,
    signatureAlgorithm: 'sha256',
    authnRequestBinding: 'HTTP-POST',
    skipRequestCompression: true,
    ...overrides,
  });
}

/** The XML of the `SAMLRequest` field of node-saml's auto-POST form. */
async function postedRequest(saml: SAML): Promise<string> {
  const form = await saml.getAuthorizeFormAsync('relay');
  const value = /name="SAMLRequest" value="([^"]+)"/.exec(form)?.[1] ?? '';
  const bytes = Buffer.from(value, 'base64');
  return (bytes[0] === 0x3c ? bytes : inflateRawSync(bytes)).toString('utf8');
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isConfigValidationError(error)) throw new Error(`expected a ConfigValidationError, got ${String(error)}`);
  for (const issue of error.issues) issueAt(error, formatPath(issue.path), issue.code);
  return error.issues.map((issue) => issue.code).join(',');
}

describe('readSamlRequest', () => {
  it('reads a signed AuthnRequest from node-saml and verifies its signature with the SP certificate', async () => {
    const xml = await postedRequest(nodeSaml());
    const request = await readSamlRequest(xml, { certificate: sp.pem });
    expect(request.kind).toBe('AuthnRequest');
    if (request.kind !== 'AuthnRequest') return;
    expect(request.id).toMatch(/^_/);
    expect(xml).toContain(`ID="${request.id}"`);
    expect(request.issuer).toBe('https://wiki.example.test/saml/metadata');
    expect(request.acsUrl).toBe('https://wiki.example.test/saml/acs');
    expect(request.destination).toBe('https://integrakit.okta.test/app/wiki/exk1/sso/saml');
    expect(Date.parse(request.issueInstant)).not.toBeNaN();
    expect(request.signature?.reference).toBe(`#${request.id}`);
    expect(request.signature?.valid).toBe(true);
    expect((await readSamlRequest(xml, { certificate: other.pem })).signature?.valid).toBe(false);
    // Without a certificate nothing is verified, and the result says so by leaving `valid` out.
    expect((await readSamlRequest(xml)).signature).not.toHaveProperty('valid');
  });

  it('finds a changed issuer or ACS after signing', async () => {
    const xml = await postedRequest(nodeSaml());
    const tampered = xml.replace('https://wiki.example.test/saml/acs', 'https://mallory.example.test/acs');
    expect(tampered).not.toBe(xml);
    expect((await readSamlRequest(tampered, { certificate: sp.pem })).signature?.valid).toBe(false);
  });

  it('refuses a signature whose reference is repeated on another element (wrapping)', async () => {
    const xml = await postedRequest(nodeSaml());
    const { id } = await readSamlRequest(xml);
    const wrapped = xml.replace(
      /<samlp:NameIDPolicy/,
      `<samlp:Extensions><x:Copy xmlns:x="urn:x" ID="${id}"/></samlp:Extensions><samlp:NameIDPolicy`,
    );
    expect(wrapped).not.toBe(xml);
    expect((await readSamlRequest(wrapped, { certificate: sp.pem })).signature?.valid).toBe(false);
  });

  it('reads an unsigned request, its ForceAuthn, IsPassive, ACS index and NameID policy', async () => {
    const xml = `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
      ID="_r1" Version="2.0" IssueInstant="2026-01-01T00:00:00Z" ForceAuthn="true" IsPassive="1" AssertionConsumerServiceIndex="3">
      <saml:Issuer>urn:sp</saml:Issuer><samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"/></samlp:AuthnRequest>`;
    expect(await readSamlRequest(xml)).toEqual({
      kind: 'AuthnRequest',
      id: '_r1',
      issueInstant: '2026-01-01T00:00:00Z',
      destination: undefined,
      issuer: 'urn:sp',
      issuerFormat: undefined,
      signature: undefined,
      acsUrl: undefined,
      acsIndex: 3,
      protocolBinding: undefined,
      forceAuthn: true,
      isPassive: true,
      nameIdPolicyFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    });
  });

  it('reads a LogoutRequest with its NameID and session indexes', async () => {
    const xml = `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
      ID="_l1" Version="2.0" IssueInstant="2026-01-01T00:00:00Z"><saml:Issuer>urn:sp</saml:Issuer>
      <saml:NameID>alice</saml:NameID><samlp:SessionIndex>_s1</samlp:SessionIndex><samlp:SessionIndex>_s2</samlp:SessionIndex></samlp:LogoutRequest>`;
    const request = await readSamlRequest(xml);
    expect(request.kind === 'LogoutRequest' && [request.nameId, request.sessionIndexes]).toEqual([
      'alice',
      ['_s1', '_s2'],
    ]);
  });

  it.each([
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><samlp:AuthnRequest/>', 'doctype_forbidden'],
    ['an oversized document', `<a>${'x'.repeat(64_001)}</a>`, 'too_big'],
    ['deep nesting', `${'<a>'.repeat(20)}${'</a>'.repeat(20)}`, 'too_deep'],
    ['another message', '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>', 'unexpected_message'],
    [
      'a request without ID',
      '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" Version="2.0" IssueInstant="2026-01-01T00:00:00Z"/>',
      'missing_id',
    ],
    [
      'SAML 1.x',
      '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a" Version="1.1" IssueInstant="2026-01-01T00:00:00Z"/>',
      'wrong_version',
    ],
    [
      'a bad ACS index',
      '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a" Version="2.0" IssueInstant="2026-01-01T00:00:00Z" AssertionConsumerServiceIndex="-1"/>',
      'invalid_acs_index',
    ],
  ])('refuses %s with a typed error', async (_name, xml, code) => {
    expect(await refusal(readSamlRequest(xml))).toBe(code);
  });
});
