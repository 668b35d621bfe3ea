import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../errors.js';
import { childElements, NS } from '../xml/dom.js';
import { parseXml } from '../xml/parse.js';
import { decode, idCounts, readAssertion, readResponse, readSignature } from './inspect-read.js';

// The readers of inspectResponse on their own: what each reads from a small hand-written document, and what
// it leaves undefined when the element or attribute is absent.
const XMLNS = [
  'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"',
  'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"',
  'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"',
].join(' ');
// Parsed without inspectResponse's limits, so that a test may hold more signatures than a response may.
const parse = (xml: string) => parseXml(xml).documentElement;
const assertionOf = async (body: string, attributes = '') => {
  const root = parse(`<saml:Assertion ${XMLNS}${attributes}>${body}</saml:Assertion>`);
  return readAssertion(root);
};

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return (error as ConfigValidationError).issues;
  }
  throw new Error('expected a refusal');
}

describe('decode', () => {
  it('takes XML as is, trimmed, and base64 with line breaks', () => {
    expect(decode('  <a/>\n', 100)).toBe('<a/>');
    const base64 = Buffer.from('<samlp:Response/>').toString('base64');
    expect(decode(`${base64.slice(0, 8)}\r\n ${base64.slice(8)}`, 100)).toBe('<samlp:Response/>');
  });

  it('refuses input over twice the limit before decoding, naming the field', () => {
    expect(decode('<a/>'.padEnd(20), 10)).toBe('<a/>');
    expect(refusal(() => decode('<a/>'.padEnd(21), 10, 'wresult'))).toEqual([
      { path: ['wresult'], code: 'too_big', message: 'is 21 characters, over the 10 limit' },
    ]);
  });

  it('refuses an empty document and input that is neither XML nor base64', () => {
    expect(refusal(() => decode(' \n ', 10))).toEqual([
      { path: ['samlResponse'], code: 'empty_document', message: 'is an empty document' },
    ]);
    expect(refusal(() => decode('not base64!', 10))).toEqual([
      { path: ['samlResponse'], code: 'invalid_encoding', message: 'is neither XML nor base64' },
    ]);
  });
});

describe('readResponse', () => {
  it('reads the Response attributes, Issuer and status with its sub-code and message', async () => {
    const root = parse(
      `<samlp:Response ${XMLNS} ID="_r" Destination="https://sp.test/acs" IssueInstant="2030-01-01T00:00:00Z" InResponseTo="_q"><saml:Issuer> https://idp.test </saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:top"><samlp:StatusCode Value="urn:sub"/></samlp:StatusCode><samlp:StatusMessage>why</samlp:StatusMessage></samlp:Status></samlp:Response>`,
    );
    expect(readResponse(root)).toEqual({
      id: '_r',
      issuer: 'https://idp.test',
      destination: 'https://sp.test/acs',
      issueInstant: '2030-01-01T00:00:00Z',
      inResponseTo: '_q',
      status: { code: 'urn:top', subCode: 'urn:sub', message: 'why' },
    });
  });

  it('leaves out what is absent', async () => {
    const bare = readResponse(parse(`<samlp:Response ${XMLNS}/>`));
    expect(bare.status).toEqual({ code: undefined, subCode: undefined, message: undefined });
    expect(Object.values(bare).filter((value) => value !== undefined)).toEqual([bare.status]);
    const codeOnly = parse(
      `<samlp:Response ${XMLNS}><samlp:Status><samlp:StatusCode/></samlp:Status></samlp:Response>`,
    );
    expect(readResponse(codeOnly).status).toEqual({ code: undefined, subCode: undefined, message: undefined });
  });
});

describe('readAssertion', () => {
  it('reads subject, conditions, authentication and attributes', async () => {
    const assertion = await assertionOf(
      `<saml:Issuer>https://idp.test</saml:Issuer>
      <saml:Subject><saml:NameID Format="urn:format">ada@example.test</saml:NameID>
        <saml:SubjectConfirmation><saml:SubjectConfirmationData Recipient="https://sp.test/acs" NotOnOrAfter="2030-01-01T00:05:00Z"/></saml:SubjectConfirmation></saml:Subject>
      <saml:Conditions NotBefore="2030-01-01T00:00:00Z" NotOnOrAfter="2030-01-01T00:10:00Z">
        <saml:AudienceRestriction><saml:Audience>a</saml:Audience><saml:Audience> </saml:Audience><saml:Audience>b</saml:Audience></saml:AudienceRestriction>
        <saml:AudienceRestriction><saml:Audience>c</saml:Audience></saml:AudienceRestriction></saml:Conditions>
      <saml:AuthnStatement AuthnInstant="2030-01-01T00:00:01Z" SessionIndex="_s"><saml:AuthnContext><saml:AuthnContextClassRef>urn:ac</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>
      <saml:AttributeStatement><saml:Attribute Name="groups"><saml:AttributeValue>x</saml:AttributeValue><saml:AttributeValue>y</saml:AttributeValue></saml:Attribute>
        <saml:Attribute><saml:AttributeValue>nameless</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>
      <saml:AttributeStatement><saml:Attribute Name="groups"><saml:AttributeValue>z</saml:AttributeValue></saml:Attribute><saml:Attribute Name="__proto__"/></saml:AttributeStatement>`,
      ' ID="_a"',
    );
    expect(assertion).toEqual({
      id: '_a',
      issuer: 'https://idp.test',
      nameId: 'ada@example.test',
      nameIdFormat: 'urn:format',
      recipient: 'https://sp.test/acs',
      subjectNotOnOrAfter: '2030-01-01T00:05:00Z',
      notBefore: '2030-01-01T00:00:00Z',
      notOnOrAfter: '2030-01-01T00:10:00Z',
      audienceRestrictions: [['a', 'b'], ['c']],
      audiences: ['a', 'b', 'c'],
      authnInstant: '2030-01-01T00:00:01Z',
      sessionIndex: '_s',
      authnContextClassRef: 'urn:ac',
      attributes: Object.fromEntries([
        ['groups', ['x', 'y', 'z']],
        ['', ['nameless']],
        ['__proto__', []],
      ]),
    });
  });

  it('leaves out what is absent, down to the parents', async () => {
    const empty = await assertionOf('');
    expect(empty).toEqual({
      id: undefined,
      issuer: undefined,
      nameId: undefined,
      nameIdFormat: undefined,
      recipient: undefined,
      subjectNotOnOrAfter: undefined,
      notBefore: undefined,
      notOnOrAfter: undefined,
      audienceRestrictions: [],
      audiences: [],
      authnInstant: undefined,
      sessionIndex: undefined,
      authnContextClassRef: undefined,
      attributes: {},
    });
    const shells = await assertionOf(
      '<saml:Subject><saml:NameID>n</saml:NameID><saml:SubjectConfirmation/></saml:Subject><saml:Conditions><saml:AudienceRestriction/></saml:Conditions><saml:AuthnStatement/>',
    );
    expect(shells).toMatchObject({ nameId: 'n', nameIdFormat: undefined, recipient: undefined });
    expect(shells.audienceRestrictions).toEqual([[]]);
    expect(shells.authnContextClassRef).toBeUndefined();
  });
});

describe('readSignature', () => {
  const sig = (body: string) => `<ds:Signature>${body}</ds:Signature>`;
  const read = async (onResponse: string, onAssertion: string, elsewhere = '') => {
    const root = parse(
      `<samlp:Response ${XMLNS}>${onResponse}<saml:Assertion>${onAssertion}</saml:Assertion><samlp:Extensions>${elsewhere}</samlp:Extensions></samlp:Response>`,
    );
    const assertion = childElements(root, NS.saml, 'Assertion')[0];
    const all = [root, assertion, childElements(root, NS.samlp, 'Extensions')[0]].flatMap((parent) =>
      parent === undefined ? [] : childElements(parent, NS.ds, 'Signature'),
    );
    return { root, assertion, all };
  };

  it('says where a signature sits, what it references and which algorithms it names', async () => {
    const full = sig(
      '<ds:SignedInfo><ds:SignatureMethod Algorithm="urn:sig"/><ds:Reference URI="#_x"><ds:DigestMethod Algorithm="urn:digest"/></ds:Reference></ds:SignedInfo>',
    );
    const { root, assertion, all } = await read(full, full, full);
    expect(all.map((element) => readSignature(element, root, assertion))).toEqual([
      { on: 'response', reference: '#_x', signatureAlgorithm: 'urn:sig', digestAlgorithm: 'urn:digest' },
      { on: 'assertion', reference: '#_x', signatureAlgorithm: 'urn:sig', digestAlgorithm: 'urn:digest' },
      { on: 'other', reference: '#_x', signatureAlgorithm: 'urn:sig', digestAlgorithm: 'urn:digest' },
    ]);
    // Read without an assertion, the one under the Assertion sits elsewhere.
    expect(readSignature(all[1] as Element, root, undefined).on).toBe('other');
  });

  it('leaves out the algorithms and the reference it cannot find', async () => {
    const { root, assertion, all } = await read(sig(''), sig('<ds:SignedInfo><ds:Reference/></ds:SignedInfo>'));
    // Absent, not present as undefined: the report is JSON and compares cleanly.
    expect(all.map((element) => readSignature(element, root, assertion))).toStrictEqual([
      { on: 'response', reference: '' },
      { on: 'assertion', reference: '' },
    ]);
  });
});

describe('idCounts', () => {
  it('counts each ID value over the whole document', async () => {
    const root = parse(
      `<samlp:Response ${XMLNS} ID="_a"><saml:Assertion ID="_b"><saml:Issuer ID="_a"/></saml:Assertion></samlp:Response>`,
    );
    expect([...idCounts(root.ownerDocument)]).toEqual([
      ['_a', 2],
      ['_b', 1],
    ]);
  });
});
