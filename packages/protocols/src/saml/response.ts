import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { NS } from '../xml/dom.js';
import { xmlSafeString } from '../xml/xml-text.js';
import { ATTRIBUTE_NAME_FORMATS, AUTHN_CONTEXTS, certificateField, NAME_ID_FORMATS } from './common.js';
import { responseXml } from './response-xml.js';
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

/** What signing a response reads of its config: which elements are signed, and the algorithms. */
export type SigningChoices = Pick<
  SamlConfig,
  'assertionSigned' | 'responseSigned' | 'signatureAlgorithm' | 'digestAlgorithm'
>;

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
 * Returns the XML; base64-encode it for an HTTP-POST `SAMLResponse`. Node-only (xml-crypto is
 * loaded on first use). Assertion encryption is not applied.
 */
export async function buildResponse(
  config: SamlConfig,
  user: z.input<typeof samlTestUserSchema>,
  idpKey: z.input<typeof samlSigningKeySchema>,
  options: BuildResponseOptions = {},
): Promise<string> {
  const key = parseOrThrow(samlSigningKeySchema, idpKey);
  const unsigned = unsignedXml(config, parseOrThrow(samlTestUserSchema, user), key.issuer ?? config.idpIssuer, options);
  return signParsed(unsigned, config, key);
}

/**
 * The response {@link buildResponse} would mint, unsigned, issued by `issuer`: for a signer that runs
 * elsewhere ({@link signResponse} in a worker thread), so that no key is needed to build it.
 */
export function buildUnsignedResponse(
  config: SamlConfig,
  user: z.input<typeof samlTestUserSchema>,
  issuer: string,
  options: BuildResponseOptions = {},
): string {
  return unsignedXml(config, parseOrThrow(samlTestUserSchema, user), parseOrThrow(text, issuer), options);
}

function unsignedXml(
  config: SamlConfig,
  subject: z.output<typeof samlTestUserSchema>,
  issuer: string,
  options: BuildResponseOptions,
): string {
  const now = options.now ?? new Date();
  const lifetime = (options.lifetimeSeconds ?? config.assertionLifetimeSeconds ?? 300) * 1000;
  const formats = new Map(
    [...config.attributeStatements, ...config.groupAttributeStatements].map((s) => [s.name, s.nameFormat] as const),
  );
  return responseXml({
    responseId: randomId(),
    assertionId: randomId(),
    issueInstant: now.toISOString(),
    destination: config.destination,
    inResponseTo: options.inResponseTo,
    issuer,
    nameId: subject.nameId,
    nameIdFormat: NAME_ID_FORMATS[config.nameIdFormat],
    recipient: config.recipient,
    notBefore: new Date(now.getTime() - 60_000).toISOString(),
    notOnOrAfter: new Date(now.getTime() + lifetime).toISOString(),
    audience: config.audience,
    sessionIndex: subject.sessionIndex ?? randomId(),
    authnContextClassRef: AUTHN_CONTEXTS[config.authnContextClassRef],
    attributes: Object.entries(subject.attributes).map(([name, value]) => [
      name,
      ATTRIBUTE_NAME_FORMATS[formats.get(name) ?? 'unspecified'],
      Array.isArray(value) ? value : [value],
    ]),
  });
}

/** A signing key {@link checkSigningKey} has checked: frozen, so it stays as checked. */
export type CheckedSigningKey = Readonly<z.output<typeof samlSigningKeySchema>> & { readonly [checked]: true };
declare const checked: unique symbol;
const checkedKeys = new WeakSet<object>();

/**
 * Checks a signing key once for many {@link signResponse} calls: checking it (its certificate's
 * structure among the rest) on every call cost a worker signing with the same key for every job
 * a tenth of a millisecond each time.
 */
export function checkSigningKey(idpKey: z.input<typeof samlSigningKeySchema>): CheckedSigningKey {
  const key = Object.freeze(parseOrThrow(samlSigningKeySchema, idpKey));
  checkedKeys.add(key);
  return key as CheckedSigningKey;
}

/**
 * Signs an unsigned response as `config` asks (assertion, then response, with its algorithms), each
 * `ds:Signature` placed right after its `Issuer` as the schema wants. Used by {@link buildResponse};
 * tests use it to sign responses that `buildResponse` would never produce. A key from
 * {@link checkSigningKey} is not checked again.
 */
export async function signResponse(
  unsigned: string,
  config: SigningChoices,
  idpKey: z.input<typeof samlSigningKeySchema> | CheckedSigningKey,
): Promise<string> {
  const key = checkedKeys.has(idpKey) ? (idpKey as CheckedSigningKey) : parseOrThrow(samlSigningKeySchema, idpKey);
  return signParsed(unsigned, config, key);
}

/** {@link signResponse} with a key already parsed: the builder checks the key once, not twice. */
async function signParsed(unsigned: string, config: SigningChoices, key: z.output<typeof samlSigningKeySchema>) {
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
