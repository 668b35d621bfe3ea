import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { NS } from '../xml/dom.js';
import { BEARER, STATUS_SUCCESS } from './algorithms.js';
import { type ResponseFields, responseXml } from './response-xml.js';

/** The same response built as `buildResponse` built it before: an xmlbuilder2 DOM, serialized well-formed. */
function withXmlbuilder2(fields: ResponseFields): string {
  const inResponseTo = fields.inResponseTo === undefined ? {} : { InResponseTo: fields.inResponseTo };
  const response = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.samlp, 'samlp:Response', {
    'xmlns:saml': NS.saml,
    ID: fields.responseId,
    Version: '2.0',
    IssueInstant: fields.issueInstant,
    Destination: fields.destination,
    ...inResponseTo,
  });
  response.ele(NS.saml, 'saml:Issuer').txt(fields.issuer);
  response.ele(NS.samlp, 'samlp:Status').ele(NS.samlp, 'samlp:StatusCode', { Value: STATUS_SUCCESS });
  const assertion = response.ele(NS.saml, 'saml:Assertion', {
    ID: fields.assertionId,
    Version: '2.0',
    IssueInstant: fields.issueInstant,
  });
  assertion.ele(NS.saml, 'saml:Issuer').txt(fields.issuer);
  const subject = assertion.ele(NS.saml, 'saml:Subject');
  subject.ele(NS.saml, 'saml:NameID', { Format: fields.nameIdFormat }).txt(fields.nameId);
  subject.ele(NS.saml, 'saml:SubjectConfirmation', { Method: BEARER }).ele(NS.saml, 'saml:SubjectConfirmationData', {
    NotOnOrAfter: fields.notOnOrAfter,
    Recipient: fields.recipient,
    ...inResponseTo,
  });
  assertion
    .ele(NS.saml, 'saml:Conditions', { NotBefore: fields.notBefore, NotOnOrAfter: fields.notOnOrAfter })
    .ele(NS.saml, 'saml:AudienceRestriction')
    .ele(NS.saml, 'saml:Audience')
    .txt(fields.audience);
  assertion
    .ele(NS.saml, 'saml:AuthnStatement', { AuthnInstant: fields.issueInstant, SessionIndex: fields.sessionIndex })
    .ele(NS.saml, 'saml:AuthnContext')
    .ele(NS.saml, 'saml:AuthnContextClassRef')
    .txt(fields.authnContextClassRef);
  if (fields.attributes.length > 0) {
    const statement = assertion.ele(NS.saml, 'saml:AttributeStatement');
    for (const [name, format, values] of fields.attributes) {
      const element = statement.ele(NS.saml, 'saml:Attribute', { Name: name, NameFormat: format });
      for (const value of values) element.ele(NS.saml, 'saml:AttributeValue').txt(value);
    }
  }
  return response.end({ wellFormed: true });
}

/** The outcome of a builder: its text, or that it refused the input. */
const outcome = (build: () => string) => {
  try {
    return { xml: build() };
  } catch {
    return { refused: true };
  }
};

// Markup characters and whitespace XML normalizes, among ordinary text.
const markup = fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', ']]>');
const value = fc.string({
  unit: fc.oneof(
    { arbitrary: markup, weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }), weight: 3 },
  ),
  maxLength: 12,
});
/** Characters no XML document can carry: C0 controls, U+FFFE/FFFF, lone surrogates. */
const uncarried = fc.constantFrom('\u0000', '\u0001', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF');
const fieldsArbitrary: fc.Arbitrary<ResponseFields> = fc.record({
  responseId: value,
  assertionId: value,
  issueInstant: value,
  destination: value,
  inResponseTo: fc.option(value, { nil: undefined }),
  issuer: value,
  nameId: value,
  nameIdFormat: value,
  recipient: value,
  notBefore: value,
  notOnOrAfter: value,
  audience: value,
  sessionIndex: value,
  authnContextClassRef: value,
  attributes: fc.array(fc.tuple(value, value, fc.array(value, { maxLength: 3 })), { maxLength: 3 }),
});
const textFields = ['responseId', 'destination', 'issuer', 'nameId', 'recipient', 'audience', 'sessionIndex'] as const;

describe('responseXml', () => {
  it('writes exactly what xmlbuilder2 wrote', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        const built = outcome(() => responseXml(fields));
        expect(built).toHaveProperty('xml');
        expect(built).toEqual(outcome(() => withXmlbuilder2(fields)));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('refuses what xmlbuilder2 refused: a character XML cannot carry, in any field', () => {
    fc.assert(
      fc.property(fieldsArbitrary, fc.constantFrom(...textFields, 'attribute'), uncarried, (fields, field, bad) => {
        const spoiled =
          field === 'attribute'
            ? { ...fields, attributes: [...fields.attributes, ['name', 'format', [`a${bad}`]] as const] }
            : { ...fields, [field]: `${fields[field]}${bad}` };
        expect(outcome(() => responseXml(spoiled))).toEqual({ refused: true });
        expect(outcome(() => withXmlbuilder2(spoiled))).toEqual({ refused: true });
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
