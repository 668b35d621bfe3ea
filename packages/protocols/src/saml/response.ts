import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { NS } from '../xml/dom.js';
import { loadXmlBuilder } from '../xml/libraries.js';
import { xmlSafeString } from '../xml/xml-text.js';
import { BEARER, STATUS_SUCCESS } from './algorithms.js';
import { ATTRIBUTE_NAME_FORMATS, AUTHN_CONTEXTS, certificateField, NAME_ID_FORMATS } from './common.js';
import type { SamlConfig } from './saml.schema.js';
import { signEnveloped } from './sign.js';

const text = z.pipe(xmlSafeString, z.string().check(z.minLength(1)));

/** The user a test response is minted for. */
export const samlTestUserSchema = z.strictObject({
  /** NameID value. */
  nameId: text,
  /** Attributes by name; the name format comes from the config's statement of the same name. */
  attributes: z._default(z.record(text, z.union([xmlSafeString, z.array(xmlSafeString)])), {}),
  /** @default a random `_`-prefixed ID */
  sessionIndex: z.optional(text),
});

/** The IdP key that signs a test response. Never logged; keep test keys out of production. */
export const samlSigningKeySchema = z.strictObject({
  /** Issuer of the response and assertion. @default config.idpIssuer */
  issuer: z.optional(text),
  /** PEM private key (PKCS#8 or PKCS#1). */
  privateKey: z.string().check(z.minLength(1)),
  /** Certificate of that key; embedded in KeyInfo. */
  certificate: certificateField,
});

/** Options for {@link buildResponse}. */
export interface BuildResponseOptions {
  /** @default new Date() */
  readonly now?: Date;
  /** Assertion lifetime in seconds. @default config.assertionLifetimeSeconds ?? 300 */
  readonly lifetimeSeconds?: number;
  /** `InResponseTo` of an SP-initiated flow; omitted for IdP-initiated. */
  readonly inResponseTo?: string;
}

const randomId = () => `_${crypto.randomUUID().replaceAll('-', '')}`;

/**
 * Mints a SAML Response for `config` as Okta would send it, signed with xml-crypto as the config
 * asks (assertion, response or both, with its algorithms), so that an SP can be tested locally.
 * Returns the XML; base64-encode it for an HTTP-POST `SAMLResponse`. Node-only (xml-crypto and
 * xmlbuilder2 are loaded on first use). Assertion encryption is not applied.
 */
export async function buildResponse(
  config: SamlConfig,
  user: z.input<typeof samlTestUserSchema>,
  idpKey: z.input<typeof samlSigningKeySchema>,
  options: BuildResponseOptions = {},
): Promise<string> {
  const subject = parseOrThrow(samlTestUserSchema, user);
  const key = parseOrThrow(samlSigningKeySchema, idpKey);
  const { create } = await loadXmlBuilder();
  const issuer = key.issuer ?? config.idpIssuer;
  const now = options.now ?? new Date();
  const lifetime = (options.lifetimeSeconds ?? config.assertionLifetimeSeconds ?? 300) * 1000;
  const instant = now.toISOString();
  const notBefore = new Date(now.getTime() - 60_000).toISOString();
  const notOnOrAfter = new Date(now.getTime() + lifetime).toISOString();
  const inResponseTo = options.inResponseTo === undefined ? {} : { InResponseTo: options.inResponseTo };

  const response = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.samlp, 'samlp:Response', {
    'xmlns:saml': NS.saml,
    ID: randomId(),
    Version: '2.0',
    IssueInstant: instant,
    Destination: config.destination,
    ...inResponseTo,
  });
  response.ele(NS.saml, 'saml:Issuer').txt(issuer);
  response.ele(NS.samlp, 'samlp:Status').ele(NS.samlp, 'samlp:StatusCode', { Value: STATUS_SUCCESS });
  const assertion = response.ele(NS.saml, 'saml:Assertion', { ID: randomId(), Version: '2.0', IssueInstant: instant });
  assertion.ele(NS.saml, 'saml:Issuer').txt(issuer);
  const subjectElement = assertion.ele(NS.saml, 'saml:Subject');
  subjectElement.ele(NS.saml, 'saml:NameID', { Format: NAME_ID_FORMATS[config.nameIdFormat] }).txt(subject.nameId);
  subjectElement
    .ele(NS.saml, 'saml:SubjectConfirmation', { Method: BEARER })
    .ele(NS.saml, 'saml:SubjectConfirmationData', {
      NotOnOrAfter: notOnOrAfter,
      Recipient: config.recipient,
      ...inResponseTo,
    });
  assertion
    .ele(NS.saml, 'saml:Conditions', { NotBefore: notBefore, NotOnOrAfter: notOnOrAfter })
    .ele(NS.saml, 'saml:AudienceRestriction')
    .ele(NS.saml, 'saml:Audience')
    .txt(config.audience);
  assertion
    .ele(NS.saml, 'saml:AuthnStatement', { AuthnInstant: instant, SessionIndex: subject.sessionIndex ?? randomId() })
    .ele(NS.saml, 'saml:AuthnContext')
    .ele(NS.saml, 'saml:AuthnContextClassRef')
    .txt(AUTHN_CONTEXTS[config.authnContextClassRef]);
  const attributes = Object.entries(subject.attributes);
  if (attributes.length > 0) {
    const statement = assertion.ele(NS.saml, 'saml:AttributeStatement');
    const formats = new Map(
      [...config.attributeStatements, ...config.groupAttributeStatements].map((s) => [s.name, s.nameFormat] as const),
    );
    for (const [name, value] of attributes) {
      const element = statement.ele(NS.saml, 'saml:Attribute', {
        Name: name,
        NameFormat: ATTRIBUTE_NAME_FORMATS[formats.get(name) ?? 'unspecified'],
      });
      for (const item of Array.isArray(value) ? value : [value]) element.ele(NS.saml, 'saml:AttributeValue').txt(item);
    }
  }

  return signParsed(response.end({ wellFormed: true }), config, key);
}

/**
 * Signs an unsigned response as `config` asks (assertion, then response, with its algorithms), each
 * `ds:Signature` placed right after its `Issuer` as the schema wants. Used by {@link buildResponse};
 * tests use it to sign responses that `buildResponse` would never produce.
 */
export async function signResponse(
  unsigned: string,
  config: SamlConfig,
  idpKey: z.input<typeof samlSigningKeySchema>,
): Promise<string> {
  return signParsed(unsigned, config, parseOrThrow(samlSigningKeySchema, idpKey));
}

/** {@link signResponse} with a key already parsed: the builder checks the key once, not twice. */
async function signParsed(unsigned: string, config: SamlConfig, key: z.output<typeof samlSigningKeySchema>) {
  let xml = unsigned;
  if (config.assertionSigned) {
    xml = await signEnveloped(
      xml,
      {
        // The Response's children only: a `//` path made xpath visit every node of the document.
        reference: `/*/*[local-name(.)='Assertion' and namespace-uri(.)='${NS.saml}']`,
        issuer: `/*/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']`,
      },
      key,
      config,
    );
  }
  if (config.responseSigned) {
    xml = await signEnveloped(
      xml,
      {
        reference: `/*[local-name(.)='Response' and namespace-uri(.)='${NS.samlp}']`,
        issuer: `/*[local-name(.)='Response']/*[local-name(.)='Issuer']`,
      },
      key,
      config,
    );
  }
  return xml;
}
