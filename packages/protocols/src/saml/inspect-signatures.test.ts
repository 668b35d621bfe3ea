import { beforeAll, describe, expect, it } from 'vitest';
import { childElements, descendants, NS } from '../xml/dom.js';
import { parseXml } from '../xml/parse.js';
import { idpIdentity, spConfig } from './__fixtures__/config.js';
import { DIGEST_ALGORITHMS, SIGNATURE_ALGORITHMS } from './algorithms.js';
import { readBounded } from './inspect.js';
import { findSignatures, references, signatureProblems, verifySignatures } from './inspect-signatures.js';
import { buildResponse } from './response.js';

// Which signatures count, what each one covers and whether it verifies, on documents read as
// `inspectResponse` reads them.
const config = spConfig();
const SAMLP = 'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"';
const SAML = 'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"';
const DS = 'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"';

/** A ds:Signature referencing `uri` (none when `undefined`), with the algorithms given (none when `undefined`). */
function signature(uri: string | undefined, algorithms: { signature?: string; digest?: string } = {}) {
  const method = algorithms.signature === undefined ? '' : `<ds:SignatureMethod Algorithm="${algorithms.signature}"/>`;
  const digest = algorithms.digest === undefined ? '' : `<ds:DigestMethod Algorithm="${algorithms.digest}"/>`;
  const reference = uri === undefined ? '<ds:Reference>' : `<ds:Reference URI="${uri}">`;
  return `<ds:Signature><ds:SignedInfo>${method}${reference}${digest}</ds:Reference></ds:SignedInfo></ds:Signature>`;
}
const configured = { signature: SIGNATURE_ALGORITHMS.RSA_SHA256, digest: DIGEST_ALGORITHMS.SHA256 };

/** A Response with `onResponse` directly under it and `onAssertion` directly under its Assertion. */
async function read(onResponse: string, onAssertion: string, assertionAttributes = ' ID="_a"') {
  const xml = `<samlp:Response ${SAMLP} ${SAML} ${DS} ID="_r">${onResponse}<saml:Assertion${assertionAttributes}>${onAssertion}</saml:Assertion></samlp:Response>`;
  const { document, allSignatures } = await readBounded(xml, 'samlResponse');
  const response = document.documentElement;
  const assertion = childElements(response, NS.saml, 'Assertion')[0];
  const signatures = findSignatures(allSignatures, response, assertion);
  return {
    xml,
    response,
    assertion,
    signatures,
    problems: signatureProblems(signatures, { response, assertion }, config),
  };
}

describe('findSignatures and signatureProblems', () => {
  it('counts the first signature under the Assertion only, and names the assertion as carrying more', async () => {
    const { signatures, problems } = await read('', signature('#_a', configured).repeat(2));
    expect(signatures.map((s) => [s.info.on, s.counts])).toEqual([
      ['assertion', true],
      ['assertion', false],
    ]);
    expect(problems).toEqual([
      ['multiple_signatures', 'the assertion carries more than one ds:Signature; only the first counts'],
    ]);
  });

  it('counts the first signature under the Response only, and none elsewhere', async () => {
    const xml = `<samlp:Response ${SAMLP} ${SAML} ${DS} ID="_r">${signature('#_r', configured).repeat(2)}<samlp:Extensions>${signature('#_r', configured)}</samlp:Extensions></samlp:Response>`;
    // Parsed without inspectResponse's limit of two signatures.
    const document = parseXml(xml);
    const response = document.documentElement;
    const signatures = findSignatures(descendants(document, NS.ds, 'Signature'), response, undefined);
    expect(signatures.map((s) => [s.info.on, s.counts])).toEqual([
      ['response', true],
      ['response', false],
      ['other', false],
    ]);
    expect(signatureProblems(signatures, { response, assertion: undefined }, config)).toEqual([
      ['multiple_signatures', 'the response carries more than one ds:Signature; only the first counts'],
      ['signature_not_covering', 'a ds:Signature references #_r, not the element that carries it (signature wrapping)'],
    ]);
  });

  it('names what a signature references when it is not the element that carries it', async () => {
    const { problems } = await read(signature('#_a', configured), signature(undefined, configured));
    expect(problems).toEqual([
      ['signature_not_covering', 'a ds:Signature references #_a, not the element that carries it (signature wrapping)'],
      [
        'signature_not_covering',
        'a ds:Signature references (nothing), not the element that carries it (signature wrapping)',
      ],
    ]);
  });

  it('never takes an element without an ID as referenced, even by "#undefined"', async () => {
    const { signatures, assertion, problems } = await read('', signature('#undefined', configured), '');
    expect(references(signatures[0]?.info ?? { on: 'other', reference: '' }, assertion)).toBe(false);
    expect(problems.map(([code]) => code)).toEqual(['signature_not_covering']);
  });

  it('names an algorithm other than the config says, and leaves an unnamed one to verification', async () => {
    const sha1 = { signature: SIGNATURE_ALGORITHMS.RSA_SHA1, digest: DIGEST_ALGORITHMS.SHA1 };
    expect((await read(signature('#_r', sha1), '')).problems).toEqual([
      ['algorithm_mismatch', `a ds:Signature uses ${SIGNATURE_ALGORITHMS.RSA_SHA1}; the config says RSA_SHA256`],
      ['algorithm_mismatch', `a ds:Signature digests with ${DIGEST_ALGORITHMS.SHA1}; the config says SHA256`],
    ]);
    expect((await read(signature('#_r'), signature('#_a'))).problems).toEqual([]);
  });
});

describe('verifySignatures', () => {
  const idp = idpIdentity();
  let signed: string;
  beforeAll(async () => {
    signed = await buildResponse(
      config,
      { nameId: 'alice@example.test' },
      {
        privateKey: idp.privateKeyPem,
        certificate: idp.pem,
      },
    );
  });

  const verify = async (xml: string) => {
    const document = parseXml(xml);
    const response = document.documentElement;
    const assertion = childElements(response, NS.saml, 'Assertion')[0];
    const signatures = findSignatures(descendants(document, NS.ds, 'Signature'), response, assertion);
    return verifySignatures(xml, signatures, idp.pem);
  };

  it('verifies both signatures of a response the IdP signed', async () => {
    const { infos, problems } = await verify(signed);
    expect(infos.map((info) => [info.on, info.valid])).toEqual([
      ['response', true],
      ['assertion', true],
    ]);
    expect(problems).toEqual([]);
  });

  it('names the signature that does not verify once the response is edited', async () => {
    const edited = signed.replace('alice@example.test', 'mallory@example.test');
    expect(edited).not.toBe(signed);
    const { infos, problems } = await verify(edited);
    const responseId = /<samlp:Response[^>]* ID="([^"]+)"/.exec(signed)?.[1];
    const assertionId = /<saml:Assertion[^>]* ID="([^"]+)"/.exec(signed)?.[1];
    // The Response signature covers the Assertion too, so both fail.
    expect(infos.map((info) => [info.on, info.valid])).toEqual([
      ['response', false],
      ['assertion', false],
    ]);
    expect(problems).toEqual([
      [
        'signature_invalid',
        `the ds:Signature on the response (#${responseId}) does not verify with the given certificate`,
      ],
      [
        'signature_invalid',
        `the ds:Signature on the assertion (#${assertionId}) does not verify with the given certificate`,
      ],
    ]);
  });

  it('verifies only the signatures that count', async () => {
    const copy = /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(signed)?.[0] ?? '';
    const stuffed = signed.replace('<samlp:Status>', `<samlp:Extensions>${copy}</samlp:Extensions><samlp:Status>`);
    const { infos } = await verify(stuffed);
    expect(infos.map((info) => [info.on, Object.hasOwn(info, 'valid')])).toEqual([
      ['response', true],
      ['other', false],
      ['assertion', true],
    ]);
  });

  it('counts a signature xml-crypto cannot load as not verifying', async () => {
    const { xml } = await read(`<ds:Signature><ds:Object/></ds:Signature>`, '');
    const { infos, problems } = await verify(xml);
    expect(infos).toEqual([{ on: 'response', reference: '', valid: false }]);
    expect(problems.map(([code]) => code)).toEqual(['signature_invalid']);
  });
});
