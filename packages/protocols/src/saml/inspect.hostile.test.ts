import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigValidationError, isConfigValidationError } from '../errors.js';
import { idpIdentity, spConfig, spInput } from './__fixtures__/config.js';
import { define } from './define.js';
import { inspectResponse, RESPONSE_LIMITS } from './inspect.js';
import { buildResponse, signResponse } from './response.js';

// Hostile responses from the security review (issue 16). Each case is bounded by the test timeout;
// the memory cases run in a child process (inspect.memory.test.ts).
vi.setConfig({ testTimeout: 30_000 });

const idp = idpIdentity();
const key = { privateKey: idp.privateKeyPem, certificate: idp.pem };
const config = spConfig();
const user = { nameId: 'alice@example.test', attributes: { email: 'alice@example.test' } };
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);
const stripSignatures = (xml: string) => xml.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/g, '');

/** The typed refusal `inspectResponse` throws, or a failure naming what it did instead. */
async function refusal(xml: string) {
  const error = await inspectResponse(xml, config, { idpCertificate: idp.pem }).then(
    () => new Error('expected a refusal'),
    (thrown: unknown) => thrown,
  );
  expect(isConfigValidationError(error)).toBe(true);
  return (error as ConfigValidationError).issues[0];
}

let good: string;
beforeAll(async () => {
  good = await buildResponse(config, user, key);
});

describe('inspectResponse against stuffed signatures (CPU denial of service)', () => {
  const responseSignature = () => /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(good)?.[0] ?? '';
  const stuffed = (count: number) =>
    good.replace(
      '<samlp:Status>',
      `<samlp:Extensions>${responseSignature().repeat(count)}</samlp:Extensions><samlp:Status>`,
    );

  it.each([100, 412])('refuses %i stuffed signatures before verifying any', async (count) => {
    expect(await refusal(stuffed(count))).toEqual({
      path: ['samlResponse'],
      code: 'too_many_signatures',
      message: `holds ${count + 2} ds:Signature elements; a response has at most ${RESPONSE_LIMITS.maxSignatures}`,
    });
  });

  it('verifies only the signature directly under the Assertion, not a copy placed elsewhere', async () => {
    const assertionOnly = spConfig({ responseSigned: false });
    const signed = await buildResponse(assertionOnly, user, key);
    // A stuffed copy with another SignatureValue (xml-crypto rejects a byte-identical copy itself):
    // its first character changed, whatever it was (the key is fresh each run).
    const copy = (/<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(signed)?.[0] ?? '').replace(
      /<ds:SignatureValue>(.)/,
      (_, first: string) => `<ds:SignatureValue>${first === 'A' ? 'B' : 'A'}`,
    );
    const xml = signed.replace('<samlp:Status>', `<samlp:Extensions>${copy}</samlp:Extensions><samlp:Status>`);
    const report = await inspectResponse(xml, assertionOnly, { idpCertificate: idp.pem });
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([
      ['other', undefined],
      ['assertion', true],
    ]);
    expect(codes(report.problems)).toEqual(['signature_not_covering']);
  });

  it('counts only the first of two signatures on the Response', async () => {
    const unsigned = stripSignatures(good);
    const once = await signResponse(unsigned, spConfig({ assertionSigned: false }), key);
    const twice = once.replace(/(<ds:Signature[\s\S]*?<\/ds:Signature>)/, '$1$1');
    const report = await inspectResponse(twice, spConfig({ assertionSigned: false }), { idpCertificate: idp.pem });
    // The second one sits inside the signed Response, so the first no longer verifies either.
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([
      ['response', false],
      ['response', undefined],
    ]);
    expect(codes(report.problems)).toEqual(['multiple_signatures', 'signature_invalid']);
  });
});

describe('inspectResponse against oversized trees (stack overflow)', () => {
  it('refuses 10,000 nested elements (70 KB) with a typed error, not a RangeError', async () => {
    const deep = good.replace('<samlp:Status>', `${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}<samlp:Status>`);
    expect(await refusal(deep)).toMatchObject({ code: 'too_deep' });
  });

  it('refuses nesting just over the depth limit inside an attribute value, and accepts it at the limit', async () => {
    const nest = (levels: number) =>
      good.replace(
        '>alice@example.test</saml:AttributeValue>',
        `>${'<x>'.repeat(levels)}${'</x>'.repeat(levels)}</saml:AttributeValue>`,
      );
    // The AttributeValue sits at depth 5 (Response > Assertion > AttributeStatement > Attribute > AttributeValue).
    const atLimit = RESPONSE_LIMITS.maxDepth - 5;
    expect((await inspectResponse(nest(atLimit), config)).assertion?.attributes.email).toEqual(['']);
    expect(await refusal(nest(atLimit + 1))).toMatchObject({
      code: 'too_deep',
      message: `nests elements deeper than the ${RESPONSE_LIMITS.maxDepth} limit`,
    });
  });

  it('refuses more elements than a response has', async () => {
    const many = good.replace('<samlp:Status>', `${'<x/>'.repeat(RESPONSE_LIMITS.maxElements)}<samlp:Status>`);
    expect(await refusal(many)).toMatchObject({ code: 'too_many_elements' });
  });

  it('reads 3,000 values of one attribute spread over 3,000 Attribute elements', async () => {
    const attribute = '<saml:Attribute Name="groups"><saml:AttributeValue>g</saml:AttributeValue></saml:Attribute>';
    const xml = good.replace('</saml:AttributeStatement>', `${attribute.repeat(3_000)}</saml:AttributeStatement>`);
    const report = await inspectResponse(xml, config);
    expect(report.assertion?.attributes.groups).toHaveLength(3_000);
  });
});

describe('inspectResponse without the IdP certificate', () => {
  it('says that nothing was verified, even for a forged response', async () => {
    const forged = good.replace('>alice@example.test</saml:NameID>', '>mallory@example.test</saml:NameID>');
    const report = await inspectResponse(forged, config);
    expect(report.problems).toEqual([
      {
        code: 'signature_not_verified',
        message:
          'no idpCertificate was given, so no signature was verified: nothing proves this response comes from the IdP',
      },
    ]);
    expect(codes((await inspectResponse(forged, config, { idpCertificate: idp.pem })).problems)).toEqual([
      'signature_invalid',
      'signature_invalid',
    ]);
  });
});

describe('inspectResponse on validly signed responses that break the rules', () => {
  /** Edits the unsigned response, then signs it properly, so only the rule can refuse it. */
  async function signedVariant(edit: (xml: string) => string, signingConfig = config) {
    const xml = await signResponse(edit(stripSignatures(good)), signingConfig, key);
    const report = await inspectResponse(xml, config, { idpCertificate: idp.pem });
    expect(report.signatures.map((s) => s.valid)).toEqual([true, true]);
    return report.problems;
  }

  it('flags an assertion with no NotOnOrAfter anywhere', async () => {
    const problems = await signedVariant((xml) => xml.replace(/ NotOnOrAfter="[^"]*"/g, ''));
    expect(problems).toEqual([
      {
        code: 'no_expiry',
        message: 'neither Conditions nor SubjectConfirmationData has a NotOnOrAfter: it would never expire',
      },
    ]);
  });

  it.each(['not-a-date', '2030-01-01', '2030-01-01T00:00:00', 'Tue, 01 Jan 2030 00:00:00 GMT'])(
    'flags NotBefore="%s" as not a dateTime',
    async (value) => {
      const problems = await signedVariant((xml) => xml.replace(/NotBefore="[^"]*"/, `NotBefore="${value}"`));
      expect(problems).toEqual([{ code: 'invalid_time', message: `Conditions NotBefore is not a dateTime: ${value}` }]);
    },
  );

  it('requires the SP in every AudienceRestriction (SAML core 2.5.1.4: they are ANDed)', async () => {
    const other =
      '<saml:AudienceRestriction><saml:Audience>https://other.example.test</saml:Audience></saml:AudienceRestriction>';
    const problems = await signedVariant((xml) =>
      xml.replace('</saml:AudienceRestriction>', `</saml:AudienceRestriction>${other}`),
    );
    expect(problems).toEqual([
      {
        code: 'wrong_audience',
        message: `each AudienceRestriction must name ${config.audience}; they hold ${config.audience} and https://other.example.test`,
      },
    ]);
  });

  it('flags a SHA-1 digest under an RSA-SHA256 signature when the config says SHA-256', async () => {
    const sha1Digest = define({ ...spInput, digestAlgorithm: 'SHA1' }, { policy: 'okta' });
    const problems = await signedVariant((xml) => xml, sha1Digest);
    expect(problems).toEqual([
      {
        code: 'algorithm_mismatch',
        message: 'a ds:Signature digests with http://www.w3.org/2000/09/xmldsig#sha1; the config says SHA256',
      },
      {
        code: 'algorithm_mismatch',
        message: 'a ds:Signature digests with http://www.w3.org/2000/09/xmldsig#sha1; the config says SHA256',
      },
    ]);
  });

  it('passes the unedited response (the variants above fail for their rule alone)', async () => {
    expect(await signedVariant((xml) => xml)).toEqual([]);
  });
});

describe('typed errors only', () => {
  it('never throws anything but ConfigValidationError on hostile input', async () => {
    const hostile = [
      '',
      '   ',
      '<',
      `<a>${'<b>'.repeat(50_000)}`,
      '<samlp:Response xmlns:samlp="x"/>',
      'A'.repeat(2 * RESPONSE_LIMITS.maxLength + 1),
    ];
    for (const input of hostile) {
      const outcome = await inspectResponse(input, config).then(
        () => 'inspected',
        (error: unknown) => (error instanceof ConfigValidationError ? error.issues[0]?.code : String(error)),
      );
      expect(['inspected', 'empty_document', 'malformed_xml', 'too_big']).toContain(outcome);
    }
  });
});
