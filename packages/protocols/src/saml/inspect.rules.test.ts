import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../errors.js';
import { define } from './define.js';
import { inspectResponse, RESPONSE_LIMITS } from './inspect.js';

// inspectResponse's own rules, each on a small unsigned response that breaks it alone (the signed samples and
// the real IdPs are in inspect.test.ts and peers.test.ts): the problem's code and message, and what is
// reported back.
const config = define({
  label: 'Wiki',
  ssoUrl: 'https://sp.test/acs',
  audience: 'https://sp.test',
  idpIssuer: 'https://idp.test',
});
const now = new Date('2030-01-01T00:00:00Z');
const XMLNS =
  'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"';
const SUCCESS = '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>';
const ASSERTION = `<saml:Assertion ID="_a"><saml:Issuer>https://idp.test</saml:Issuer><saml:Subject><saml:NameID>ada</saml:NameID><saml:SubjectConfirmation><saml:SubjectConfirmationData Recipient="https://sp.test/acs" NotOnOrAfter="2030-01-01T00:05:00Z"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions><saml:AudienceRestriction><saml:Audience>https://sp.test</saml:Audience></saml:AudienceRestriction></saml:Conditions></saml:Assertion>`;
/** Neither is signed: a response the config requires signed carries these three whatever else is wrong. */
const UNSIGNED = ['response_unsigned', 'assertion_unsigned', 'signature_not_verified'];

const response = ({
  attributes = ' ID="_r" Destination="https://sp.test/acs"',
  issuer = '<saml:Issuer>https://idp.test</saml:Issuer>',
  status = SUCCESS,
  body = ASSERTION,
  root = 'samlp:Response',
} = {}) => `<${root} ${XMLNS}${attributes}>${issuer}${status}${body}</${root}>`;
const inspect = (xml: string, options = {}, against = config) => inspectResponse(xml, against, { now, ...options });
/** The problems other than the three of an unsigned response. */
const problems = async (xml: string, options = {}) =>
  (await inspect(xml, options)).problems.filter(({ code }) => !UNSIGNED.includes(code));

describe('inspectResponse rules', () => {
  it('finds only the missing signatures on an unsigned clean response, and reports what it read', async () => {
    const report = await inspect(response());
    expect(report.problems.map(({ code }) => code)).toEqual(UNSIGNED);
    expect(report.problems.at(-1)?.message).toBe(
      'no idpCertificate was given, so no signature was verified: nothing proves this response comes from the IdP',
    );
    expect(report.response).toEqual({
      id: '_r',
      issuer: 'https://idp.test',
      destination: 'https://sp.test/acs',
      status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Success', subCode: undefined, message: undefined },
    });
    expect(report).toMatchObject({ encryptedAssertion: false, signatures: [] });
    expect(Object.keys(report.assertion ?? {})).not.toContain('notBefore');
    expect(report.assertion).toMatchObject({ id: '_a', nameId: 'ada', audiences: ['https://sp.test'] });
  });

  it('asks for each signature only when the config does', async () => {
    const neither = define({ ...config, responseSigned: false, assertionSigned: true });
    expect((await inspect(response(), {}, neither)).problems.map(({ code }) => code)).toEqual([
      'assertion_unsigned',
      'signature_not_verified',
    ]);
    expect((await inspect(response(), {}, neither)).problems[0]?.message).toBe(
      'the Assertion is not signed but the config requires it',
    );
    const responseOnly = define({ ...config, responseSigned: true, assertionSigned: false });
    expect((await inspect(response(), {}, responseOnly)).problems.map(({ code }) => code)).toEqual([
      'response_unsigned',
      'signature_not_verified',
    ]);
  });

  it('names a root that is not samlp:Response, by name or by namespace', async () => {
    expect(await problems(response({ root: 'samlp:ArtifactResponse' }))).toContainEqual({
      code: 'not_a_response',
      message: 'the root element is samlp:ArtifactResponse, not samlp:Response',
    });
    const foreign = response()
      .replace('<samlp:Response ', '<x:Response xmlns:x="urn:other" ')
      .replace('</samlp:Response>', '</x:Response>');
    expect((await problems(foreign)).map(({ code }) => code)).toContain('not_a_response');
    expect((await problems(response())).map(({ code }) => code)).not.toContain('not_a_response');
  });

  it('names a status other than Success with its sub-code and message, each when present', async () => {
    const status = (inner: string) => `<samlp:Status>${inner}</samlp:Status>`;
    const code = '<samlp:StatusCode Value="urn:top"/>';
    const cases = [
      [status(code), 'Status is urn:top'],
      [
        status('<samlp:StatusCode Value="urn:top"><samlp:StatusCode Value="urn:sub"/></samlp:StatusCode>'),
        'Status is urn:top / urn:sub',
      ],
      [status(`${code}<samlp:StatusMessage>no</samlp:StatusMessage>`), 'Status is urn:top: no'],
      ['', 'Status is (missing)'],
    ];
    for (const [xml, message] of cases) {
      expect(await problems(response({ status: xml, body: '' }))).toEqual([
        { code: 'bad_status', message },
        { code: 'no_assertion', message: 'Response holds no saml:Assertion' },
      ]);
    }
  });

  it('names a wrong Destination, and lets a response without one pass', async () => {
    expect(await problems(response({ attributes: ' Destination="https://evil.test/acs"' }))).toEqual([
      {
        code: 'wrong_destination',
        message: 'Response Destination is https://evil.test/acs, expected https://sp.test/acs',
      },
    ]);
    expect(await problems(response({ attributes: '' }))).toEqual([]);
  });

  it('names a wrong Response Issuer, lets a missing one pass, and checks none against a template', async () => {
    expect(await problems(response({ issuer: '<saml:Issuer>https://evil.test</saml:Issuer>' }))).toEqual([
      { code: 'wrong_issuer', message: 'Response Issuer is https://evil.test, expected https://idp.test' },
    ]);
    expect(await problems(response({ issuer: '' }))).toEqual([]);
    // Without an idpIssuer the config has Okta's default, a template only Okta resolves.
    const template = define({ label: 'Wiki', ssoUrl: 'https://sp.test/acs', audience: 'https://sp.test' });
    const report = await inspect(response({ issuer: '<saml:Issuer>https://evil.test</saml:Issuer>' }), {}, template);
    expect(report.problems.map(({ code }) => code)).toEqual(UNSIGNED);
  });

  it('checks InResponseTo only when it is expected', async () => {
    const answering = response({ attributes: ' InResponseTo="_q"' });
    expect(await problems(answering, { inResponseTo: '_q' })).toEqual([]);
    expect(await problems(answering)).toEqual([]);
    expect(await problems(answering, { inResponseTo: '_other' })).toEqual([
      { code: 'wrong_in_response_to', message: 'InResponseTo is _q, expected _other' },
    ]);
    expect(await problems(response(), { inResponseTo: '_q' })).toEqual([
      { code: 'wrong_in_response_to', message: 'InResponseTo is (missing), expected _q' },
    ]);
  });

  it('names a second assertion anywhere, and each repeated ID', async () => {
    const hidden = response({
      body: `<samlp:Extensions>${ASSERTION.replace('_a', '_b')}</samlp:Extensions>${ASSERTION}`,
    });
    expect(await problems(hidden)).toEqual([
      { code: 'wrapped', message: 'the document holds 2 assertions; exactly one is allowed (signature wrapping)' },
    ]);
    expect(await problems(response({ body: ASSERTION.repeat(2) }))).toEqual([
      { code: 'wrapped', message: 'the document holds 2 assertions; exactly one is allowed (signature wrapping)' },
      { code: 'duplicate_id', message: 'ID _a appears 2 times (signature wrapping)' },
    ]);
  });

  it('says an assertion is missing or encrypted, and reports none', async () => {
    const missing = await inspect(response({ body: '' }));
    expect(missing.problems.map(({ code }) => code)).toEqual([
      'no_assertion',
      'response_unsigned',
      'signature_not_verified',
    ]);
    expect(missing).not.toHaveProperty('assertion');
    const encrypted = await inspect(response({ body: '<saml:EncryptedAssertion/>' }));
    expect(encrypted.encryptedAssertion).toBe(true);
    expect(encrypted.problems).toEqual([
      { code: 'encrypted', message: 'the assertion is encrypted; it cannot be inspected without the SP key' },
      { code: 'response_unsigned', message: 'the Response is not signed but the config requires it' },
      { code: 'signature_not_verified', message: expect.any(String) },
    ]);
  });

  it('counts only a signature of the Response that references the Response as signing it', async () => {
    const signature = (uri: string) =>
      `<ds:Signature><ds:SignedInfo><ds:Reference URI="${uri}"/></ds:SignedInfo></ds:Signature>`;
    const wrong = await inspect(response({ issuer: `<saml:Issuer>https://idp.test</saml:Issuer>${signature('#_a')}` }));
    expect(wrong.problems.map(({ code }) => code)).toEqual([
      'signature_not_covering',
      'response_unsigned',
      'assertion_unsigned',
      'signature_not_verified',
    ]);
    const right = await inspect(response({ issuer: `<saml:Issuer>https://idp.test</saml:Issuer>${signature('#_r')}` }));
    expect(right.problems.map(({ code }) => code)).toEqual(['assertion_unsigned', 'signature_not_verified']);
    const onAssertion = await inspect(
      response({ body: ASSERTION.replace('</saml:Issuer>', `</saml:Issuer>${signature('#_a')}`) }),
    );
    expect(onAssertion.problems.map(({ code }) => code)).toEqual(['response_unsigned', 'signature_not_verified']);
    expect(onAssertion.signatures).toEqual([{ on: 'assertion', reference: '#_a' }]);
  });

  it('checks the validity window against the current time and 300 s of skew by default', async () => {
    const expired = response({ body: ASSERTION.replace('2030-01-01T00:05:00Z', '2000-01-01T00:00:00Z') });
    const codes = async (xml: string, options: object) =>
      (await inspectResponse(xml, config, options)).problems.map(({ code }) => code);
    expect(await codes(expired, {})).toContain('expired');
    expect(await codes(response(), {})).not.toContain('expired');
    expect(await codes(response(), { now: new Date('2030-01-01T00:09:59Z') })).not.toContain('expired');
    expect(await codes(response(), { now: new Date('2030-01-01T00:10:00Z') })).toContain('expired');
  });

  it(`refuses more than ${RESPONSE_LIMITS.maxSignatures} signatures, naming the field and count`, async () => {
    const signature = '<ds:Signature/>';
    expect((await inspect(response({ body: signature.repeat(2) }))).signatures).toHaveLength(2);
    const error = await inspect(response({ body: signature.repeat(3) })).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).issues).toEqual([
      {
        path: ['samlResponse'],
        code: 'too_many_signatures',
        message: 'holds 3 ds:Signature elements; a response has at most 2',
      },
    ]);
  });
});
