import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { define } from './define.js';
import { inspectResponse } from './inspect.js';

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

// The shared samples: a response to https://sp.example.test signed (assertion, then response) by
// a certificate whose key was thrown away, so only verification is possible.
const sampleSp = define({
  label: 'Sample SP',
  ssoUrl: 'https://sp.example.test/saml2/acs',
  audience: 'https://sp.example.test/saml2/metadata',
  idpIssuer: 'https://idp.example.test/saml2/metadata',
  nameIdFormat: 'emailAddress',
});
const now = new Date('2030-01-01T00:00:00Z');

describeWithReference('saml.inspectResponse on the shared samples', () => {
  const signed = () => readFileSync(referencePath('samples', 'saml-response-signed.xml'), 'utf8');
  const cert = () => readFileSync(referencePath('samples', 'dummy-idp-signing-cert.pem'), 'utf8');

  it('decodes a base64 SAMLResponse and verifies both signatures with the certificate', async () => {
    const report = await inspectResponse(Buffer.from(signed()).toString('base64'), sampleSp, {
      now,
      idpCertificate: cert(),
    });
    expect(report.problems).toEqual([]);
    expect(report.response).toMatchObject({
      issuer: 'https://idp.example.test/saml2/metadata',
      destination: 'https://sp.example.test/saml2/acs',
      inResponseTo: '_req123',
      status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Success' },
    });
    expect(report.assertion).toMatchObject({
      nameId: 'alice@example.test',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      audiences: ['https://sp.example.test/saml2/metadata'],
      recipient: 'https://sp.example.test/saml2/acs',
    });
    expect(Object.keys(report.assertion?.attributes ?? {}).length).toBeGreaterThan(0);
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([
      ['response', true],
      ['assertion', true],
    ]);
  });

  it('lists problems against another config without needing a key', async () => {
    const other = define(
      {
        label: 'Other',
        ssoUrl: 'https://other.example.test/acs',
        audience: 'https://other.example.test',
        idpIssuer: 'https://idp.example.test/saml2/metadata',
        nameIdFormat: 'persistent',
        signatureAlgorithm: 'RSA_SHA1',
        digestAlgorithm: 'SHA1',
      },
      { policy: 'okta' },
    );
    const report = await inspectResponse(signed(), other, { now, inResponseTo: '_other' });
    expect(codes(report.problems).sort()).toEqual([
      'algorithm_mismatch',
      'algorithm_mismatch',
      'algorithm_mismatch',
      'algorithm_mismatch',
      'signature_not_verified',
      'wrong_audience',
      'wrong_destination',
      'wrong_in_response_to',
      'wrong_name_id_format',
      'wrong_recipient',
    ]);
    expect(report.problems.find((p) => p.code === 'wrong_audience')?.message).toBe(
      'Audience is https://sp.example.test/saml2/metadata, expected https://other.example.test',
    );
  });

  it('flags an expired sample with the clock skew applied', async () => {
    const late = new Date('2035-01-01T00:10:01Z');
    expect(codes((await inspectResponse(signed(), sampleSp, { now: late })).problems)).toContain('expired');
    // Within the default 5 minutes of skew it still passes; with none it does not.
    const justAfter = new Date('2035-01-01T00:05:01Z');
    expect(
      codes((await inspectResponse(signed(), sampleSp, { now: new Date('2035-01-01T00:04:00Z') })).problems),
    ).not.toContain('expired');
    expect(
      codes((await inspectResponse(signed(), sampleSp, { now: justAfter, clockSkewSeconds: 0 })).problems),
    ).toContain('expired');
  });

  it('counts the clock skew in seconds, up to and not including its end', async () => {
    // Both NotOnOrAfter of the sample are 2035-01-01T00:05:00Z; the default skew is 300 s.
    const expiredAt = async (at: string, skew?: number) => {
      const options = { now: new Date(at), ...(skew === undefined ? {} : { clockSkewSeconds: skew }) };
      return codes((await inspectResponse(signed(), sampleSp, options)).problems).filter((code) => code === 'expired');
    };
    expect(await expiredAt('2035-01-01T00:09:59Z')).toEqual([]);
    expect(await expiredAt('2035-01-01T00:10:00Z')).toEqual(['expired', 'expired']);
    expect(await expiredAt('2035-01-01T00:05:59Z', 60)).toEqual([]);
    expect(await expiredAt('2035-01-01T00:06:00Z', 60)).toEqual(['expired', 'expired']);
  });

  it('reports the unsigned sample as unsigned where the config requires signing', async () => {
    const unsigned = readFileSync(referencePath('samples', 'saml-response-unsigned.xml'), 'utf8');
    expect(codes((await inspectResponse(unsigned, sampleSp, { now })).problems)).toEqual([
      'response_unsigned',
      'assertion_unsigned',
      'signature_not_verified',
    ]);
  });

  it('rejects a signature that references another element', async () => {
    const moved = signed().replace(/URI="#_a1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"/, 'URI="#_elsewhere"');
    expect(moved).not.toBe(signed());
    const report = await inspectResponse(moved, sampleSp, { now, idpCertificate: cert() });
    expect(codes(report.problems)).toEqual(
      expect.arrayContaining(['signature_not_covering', 'assertion_unsigned', 'signature_invalid']),
    );
  });
});

describe('saml.inspectResponse edge cases', () => {
  const config = define({ label: 'x', ssoUrl: 'https://sp.test/acs', audience: 'sp', idpIssuer: 'idp' });

  it('reports an error status with its sub-code and message', async () => {
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r" Version="2.0" IssueInstant="2030-01-01T00:00:00Z">
  <saml:Issuer>idp</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode><samlp:StatusMessage>User is not assigned</samlp:StatusMessage></samlp:Status>
</samlp:Response>`;
    const report = await inspectResponse(xml, config);
    expect(report.response.status).toEqual({
      code: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
      subCode: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
      message: 'User is not assigned',
    });
    expect(codes(report.problems)).toEqual([
      'bad_status',
      'no_assertion',
      'response_unsigned',
      'signature_not_verified',
    ]);
    expect(report.problems[0]?.message).toContain('User is not assigned');
  });

  it('says an encrypted assertion cannot be inspected without the SP key', async () => {
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r" Version="2.0" IssueInstant="2030-01-01T00:00:00Z"><saml:Issuer>idp</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:EncryptedAssertion/></samlp:Response>`;
    const report = await inspectResponse(xml, config);
    expect(report.encryptedAssertion).toBe(true);
    expect(codes(report.problems)).toContain('encrypted');
  });

  it('flags a document that is not a Response, and refuses input that is not XML', async () => {
    expect(codes((await inspectResponse('<foo/>', config)).problems)).toContain('not_a_response');
    for (const bad of ['bm90IHhtbA==', '%%% not base64', '<a><b></a>', '<!DOCTYPE x [<!ENTITY e "e">]><x/>']) {
      try {
        await inspectResponse(bad, config);
        expect.unreachable();
      } catch (error) {
        expect(isConfigValidationError(error)).toBe(true);
        expect((error as Error).message).toMatch(/samlResponse: /);
      }
    }
  });
});
