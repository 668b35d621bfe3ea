import { NS } from '../xml/dom.js';
import { isXmlSafe } from '../xml/xml-text.js';
import { BEARER, STATUS_SUCCESS } from './algorithms.js';

/** What an unsigned SAML Response says, every value final (checked, formatted, looked up). */
export interface ResponseFields {
  readonly responseId: string;
  readonly assertionId: string;
  readonly issueInstant: string;
  readonly destination: string;
  readonly inResponseTo: string | undefined;
  readonly issuer: string;
  readonly nameId: string;
  readonly nameIdFormat: string;
  readonly recipient: string;
  readonly notBefore: string;
  readonly notOnOrAfter: string;
  readonly audience: string;
  readonly sessionIndex: string;
  readonly authnContextClassRef: string;
  /** Name, name format URI and values of each attribute, in order. */
  readonly attributes: readonly (readonly [name: string, nameFormat: string, values: readonly string[]])[];
}

// The escapes xmlbuilder2 writes (this builder replaced it, and a test holds them to the same bytes).
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };
const text = (value: string) => value.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] as string);
const attribute = (value: string) => value.replace(/[&<>"]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
/** A lone UTF-16 surrogate: not a character, so no XML document can carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const writable = (value: string) => isXmlSafe(value) && !LONE_SURROGATE.test(value);

/** One `saml:Attribute`; one without values is an empty element, as xmlbuilder2 wrote it. */
function attributeXml([name, format, values]: ResponseFields['attributes'][number]): string {
  const open = `<saml:Attribute Name="${attribute(name)}" NameFormat="${attribute(format)}"`;
  if (values.length === 0) return `${open}/>`;
  const items = values.map((value) => `<saml:AttributeValue>${text(value)}</saml:AttributeValue>`).join('');
  return `${open}>${items}</saml:Attribute>`;
}

/**
 * The unsigned Response of {@link buildResponse} as text: the fixed shape of Okta's response written
 * directly. Building it as a DOM and serializing it (xmlbuilder2, with its namespace bookkeeping)
 * was the largest cost of a sandbox sign-in's event loop after the signatures moved to workers.
 * Values are escaped here; one that XML cannot carry at all throws, as xmlbuilder2's well-formed
 * output did.
 */
export function responseXml(fields: ResponseFields): string {
  const values = Object.values(fields).flat(3);
  if (!values.every((value) => value === undefined || writable(value))) {
    throw new Error('Invalid character: a value of the response contains a character XML cannot carry');
  }
  const inResponseTo = fields.inResponseTo === undefined ? '' : ` InResponseTo="${attribute(fields.inResponseTo)}"`;
  const issuer = `<saml:Issuer>${text(fields.issuer)}</saml:Issuer>`;
  const attributes =
    fields.attributes.length === 0
      ? ''
      : `<saml:AttributeStatement>${fields.attributes.map(attributeXml).join('')}</saml:AttributeStatement>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><samlp:Response xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}"` +
    ` ID="${attribute(fields.responseId)}" Version="2.0" IssueInstant="${attribute(fields.issueInstant)}"` +
    ` Destination="${attribute(fields.destination)}"${inResponseTo}>${issuer}` +
    `<samlp:Status><samlp:StatusCode Value="${STATUS_SUCCESS}"/></samlp:Status>` +
    `<saml:Assertion ID="${attribute(fields.assertionId)}" Version="2.0" IssueInstant="${attribute(fields.issueInstant)}">${issuer}` +
    `<saml:Subject><saml:NameID Format="${attribute(fields.nameIdFormat)}">${text(fields.nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="${BEARER}"><saml:SubjectConfirmationData NotOnOrAfter="${attribute(fields.notOnOrAfter)}"` +
    ` Recipient="${attribute(fields.recipient)}"${inResponseTo}/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${attribute(fields.notBefore)}" NotOnOrAfter="${attribute(fields.notOnOrAfter)}">` +
    `<saml:AudienceRestriction><saml:Audience>${text(fields.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${attribute(fields.issueInstant)}" SessionIndex="${attribute(fields.sessionIndex)}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>${text(fields.authnContextClassRef)}</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>${attributes}</saml:Assertion></samlp:Response>`
  );
}
