import { ConfigValidationError } from '../errors.js';
import { dateTime } from '../xml/date-time.js';
import { attribute, childElements, descendants, firstChild, NS, position, textOf } from '../xml/dom.js';
import { certificateBody } from '../xml/pem.js';
import { readCertificateStructure } from '../xml/x509-structure.js';
import { keyOf, NAME_ID_FORMATS, type NameIdFormat, URL_FORBIDDEN_CHARACTERS } from './common.js';
import { BINDINGS } from './metadata.js';
import type { SamlConfigInput } from './saml.schema.js';
import {
  readRequestedAttributes,
  requestedAttributeNote,
  type SpRequestedAttribute,
} from './sp-requested-attributes.js';

/** Options for {@link parseSpMetadata}. */
export interface ParseSpMetadataOptions {
  /** Which entity to read when the document is an `EntitiesDescriptor` with several. */
  readonly entityId?: string;
  /** Label for the resulting config. @default the entity ID */
  readonly label?: string;
  /** Documents longer than this are refused. @default 1_000_000 */
  readonly maxLength?: number;
  /** Time to check `validUntil` against. @default new Date() */
  readonly now?: Date;
}

/** One `AssertionConsumerService` as the SP declared it. */
export interface SpAcs {
  readonly url: string;
  readonly binding: string;
  readonly index: number;
  readonly isDefault: boolean;
}

/** What `parseSpMetadata` read, plus the `saml.define` input built from it. */
export interface SpMetadata {
  /** Input for `saml.define` (add or change fields before defining). */
  readonly config: SamlConfigInput;
  readonly entityId: string;
  /** Every ACS in document order, any binding (Okta posts to HTTP-POST ones only). */
  readonly acs: readonly SpAcs[];
  readonly nameIdFormats: readonly string[];
  /** Signing certificates (base64 DER); several during a rollover. */
  readonly signingCertificates: readonly string[];
  readonly encryptionCertificates: readonly string[];
  readonly singleLogout: readonly { readonly binding: string; readonly url: string; readonly responseUrl?: string }[];
  /** `AuthnRequestsSigned`: the SP signs its AuthnRequests (enable "Signed Requests" in Okta). */
  readonly authnRequestsSigned: boolean;
  /** `WantAssertionsSigned`. */
  readonly wantAssertionsSigned: boolean;
  /**
   * Attributes the SP requests. Their values are yours to choose (an Okta expression or a literal),
   * so they are listed here and in `notes` rather than guessed into `config.attributeStatements`.
   */
  readonly requestedAttributes: readonly SpRequestedAttribute[];
  /** Things that were read but cannot be represented (unknown NameID format, non-POST ACS, …). */
  readonly notes: readonly string[];
}

function fail(element: Element, code: string, message: string): never {
  throw new ConfigValidationError([
    { path: ['metadata'], code, message: `${element.localName}${position(element)}: ${message}` },
  ]);
}

/** The namespaces to read with: SAML's, or none at all for metadata written without them. */
interface Namespaces {
  readonly md: string | undefined;
  readonly ds: string | undefined;
}

/**
 * Metadata whose elements carry no namespace (samlify's own test files) is read by local name,
 * with a note; a root in some other namespace is not SAML metadata.
 */
function namespacesOf(root: Element, notes: string[]): Namespaces {
  if (root.namespaceURI === NS.md) return { md: NS.md, ds: NS.ds };
  if (root.namespaceURI == null || root.namespaceURI === '') {
    notes.push(`${root.localName} has no SAML metadata namespace (${NS.md}); its elements were read by local name`);
    return { md: undefined, ds: undefined };
  }
  fail(root, 'not_metadata', `is in namespace ${root.namespaceURI}, not the SAML metadata namespace ${NS.md}`);
}

function pickEntity(root: Element, { md }: Namespaces, entityId: string | undefined): Element {
  if (root.localName === 'EntityDescriptor') {
    if (entityId !== undefined && attribute(root, 'entityID') !== entityId) {
      fail(root, 'entity_not_found', `entityID is "${attribute(root, 'entityID')}", not "${entityId}"`);
    }
    return root;
  }
  if (root.localName !== 'EntitiesDescriptor') {
    fail(root, 'not_metadata', 'the root element must be md:EntityDescriptor or md:EntitiesDescriptor');
  }
  const sps = descendants(root, md, 'EntityDescriptor').filter(
    (entity) => firstChild(entity, md, 'SPSSODescriptor') !== undefined,
  );
  const ids = sps.map((entity) => attribute(entity, 'entityID') ?? '');
  if (entityId !== undefined) {
    const found = sps[ids.indexOf(entityId)];
    if (found === undefined) {
      fail(root, 'entity_not_found', `no SP entity "${entityId}"; choose one of: ${ids.join(', ') || '(none)'}`);
    }
    return found;
  }
  if (sps.length === 1) return sps[0] as Element;
  fail(
    root,
    sps.length === 0 ? 'missing_element' : 'ambiguous_entity',
    sps.length === 0
      ? 'holds no EntityDescriptor with an SPSSODescriptor'
      : `holds ${sps.length} SP entities; pass { entityId } with one of: ${ids.join(', ')}`,
  );
}

/** Certificates of `use`; a KeyDescriptor without `use` serves both purposes unless `explicitOnly`. */
function certificates(
  descriptor: Element,
  ns: Namespaces,
  use: 'signing' | 'encryption',
  explicitOnly = false,
): string[] {
  const out: string[] = [];
  for (const key of childElements(descriptor, ns.md, 'KeyDescriptor')) {
    const keyUse = attribute(key, 'use');
    if (keyUse === undefined ? explicitOnly : keyUse !== use) continue;
    for (const element of descendants(key, ns.ds, 'X509Certificate')) {
      const body = certificateBody(element.textContent ?? '');
      if (readCertificateStructure(body) === undefined) {
        fail(element, 'invalid_certificate', 'is not a base64 DER X.509 certificate');
      }
      out.push(body);
    }
  }
  return out;
}

/**
 * Reads SP metadata into `saml.define` input: entity ID, every ACS with binding and index,
 * NameIDFormat, signing and encryption certificates, single logout, AuthnRequestsSigned and
 * WantAssertionsSigned. Tolerates default or prefixed namespaces, any element order,
 * `EntitiesDescriptor` documents (pick one with `entityId`), certificate rollover and whitespace
 * inside base64. Refuses DOCTYPE/ENTITY declarations (XXE) and oversized input. Errors are
 * `ConfigValidationError`s naming the element with its line and column.
 */
export async function parseSpMetadata(xml: string, options: ParseSpMetadataOptions = {}): Promise<SpMetadata> {
  const { parseXml } = await import('../xml/parse.js');
  const document = parseXml(xml, {
    field: 'metadata',
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
  });
  const notes: string[] = [];
  const root = document.documentElement;
  const ns = namespacesOf(root, notes);
  const entity = pickEntity(root, ns, options.entityId);
  const entityId = attribute(entity, 'entityID');
  if (entityId === undefined || entityId.trim() === '') fail(entity, 'missing_attribute', 'entityID is required');
  const descriptor = firstChild(entity, ns.md, 'SPSSODescriptor');
  if (descriptor === undefined) fail(entity, 'missing_element', 'has no md:SPSSODescriptor');
  if (
    !attribute(descriptor, 'protocolSupportEnumeration')?.split(/\s+/).includes('urn:oasis:names:tc:SAML:2.0:protocol')
  ) {
    fail(descriptor, 'unsupported_protocol', 'protocolSupportEnumeration does not include SAML 2.0');
  }
  notes.push(...expiryNotes(root === entity ? [entity] : [root, entity], options.now ?? new Date()));
  const acs = childElements(descriptor, ns.md, 'AssertionConsumerService').map((element, order) => {
    const { url, binding } = endpoint(element);
    const indexText = attribute(element, 'index');
    const index = indexText === undefined ? order : Number(indexText);
    if (!Number.isInteger(index) || index < 0 || index > 65535) fail(element, 'invalid_index', 'index must be 0–65535');
    return { url, binding, index, isDefault: attribute(element, 'isDefault') === 'true' };
  });
  const posts = acs.filter((acsEndpoint) => acsEndpoint.binding === BINDINGS.post);
  if (posts.length === 0)
    fail(descriptor, 'missing_element', 'has no AssertionConsumerService with the HTTP-POST binding');
  for (const acsEndpoint of acs) {
    if (acsEndpoint.binding !== BINDINGS.post)
      notes.push(`ACS ${acsEndpoint.url} uses ${acsEndpoint.binding}; Okta only posts to HTTP-POST endpoints`);
  }
  // The default one, else the lowest index (the first of equals).
  const primary =
    posts.find((acsEndpoint) => acsEndpoint.isDefault) ??
    posts.reduce((lowest, acsEndpoint) => (acsEndpoint.index < lowest.index ? acsEndpoint : lowest));
  const nameIdFormats = childElements(descriptor, ns.md, 'NameIDFormat').flatMap((element) => textOf(element) ?? []);
  const knownFormat = nameIdFormats
    .map((format) => keyOf(NAME_ID_FORMATS, format))
    .find((key): key is NameIdFormat => key !== undefined);
  for (const format of nameIdFormats) {
    if (keyOf(NAME_ID_FORMATS, format) === undefined) notes.push(`NameIDFormat ${format} is not one Okta offers`);
  }
  const signingCertificates = certificates(descriptor, ns, 'signing');
  const encryptionCertificates = certificates(descriptor, ns, 'encryption');
  const singleLogout = childElements(descriptor, ns.md, 'SingleLogoutService').map((element) => {
    const { url, binding } = endpoint(element);
    const responseUrl = attribute(element, 'ResponseLocation');
    if (responseUrl !== undefined) checkUrl(element, 'ResponseLocation', responseUrl);
    return { binding, url, ...(responseUrl === undefined ? {} : { responseUrl }) };
  });
  const slo =
    singleLogout.find((s) => s.binding === BINDINGS.post) ?? singleLogout.find((s) => s.binding === BINDINGS.redirect);
  const wantAssertionsSigned = attribute(descriptor, 'WantAssertionsSigned') === 'true';
  // Only an explicit encryption key turns assertion encryption on; a dual-use key is not a request for it.
  const encryption = certificates(descriptor, ns, 'encryption', true)[0];
  const config: SamlConfigInput = {
    label: options.label ?? entityId.slice(0, 100),
    ssoUrl: primary.url,
    audience: entityId,
    acsEndpoints: posts.length > 1 ? posts.map(({ url, index }) => ({ url, index })) : [],
    ...(knownFormat === undefined ? {} : { nameIdFormat: knownFormat }),
    responseSigned: true,
    assertionSigned: true,
    ...(slo !== undefined && signingCertificates[0] !== undefined
      ? {
          singleLogout: { logoutUrl: slo.responseUrl ?? slo.url, spIssuer: entityId },
          spCertificate: signingCertificates[0],
        }
      : {}),
    ...(encryption === undefined ? {} : { assertionEncryption: { certificate: encryption } }),
  };
  if (slo !== undefined && signingCertificates[0] === undefined) {
    notes.push(
      'SingleLogoutService is declared but there is no signing certificate, which Okta requires for single logout',
    );
  }
  const requestedAttributes = readRequestedAttributes(descriptor, ns.md);
  notes.push(...requestedAttributes.map(requestedAttributeNote));
  return {
    config,
    entityId,
    acs,
    nameIdFormats,
    signingCertificates,
    encryptionCertificates,
    singleLogout,
    authnRequestsSigned: attribute(descriptor, 'AuthnRequestsSigned') === 'true',
    wantAssertionsSigned,
    requestedAttributes,
    notes,
  };
}

/** `Location` and `Binding` of an endpoint element, both required, the URL free of control characters. */
function endpoint(element: Element): { url: string; binding: string } {
  const url = attribute(element, 'Location');
  const binding = attribute(element, 'Binding');
  if (url === undefined || binding === undefined)
    fail(element, 'missing_attribute', 'Location and Binding are required');
  checkUrl(element, 'Location', url);
  return { url, binding };
}

function checkUrl(element: Element, name: string, url: string): void {
  if (URL_FORBIDDEN_CHARACTERS.test(url)) {
    fail(element, 'invalid_url', `${name} contains control characters`);
  }
}

/** Notes for a `validUntil` that has passed or cannot be read, on the root and on the entity. */
function expiryNotes(elements: readonly Element[], now: Date): string[] {
  return elements.flatMap((element) => {
    const validUntil = attribute(element, 'validUntil');
    if (validUntil === undefined) return [];
    const until = dateTime(validUntil);
    if (Number.isNaN(until)) return [`${element.localName} validUntil ${validUntil} is not a dateTime`];
    return until <= now.getTime()
      ? [`${element.localName} expired: validUntil ${validUntil} has passed; ask the SP for current metadata`]
      : [];
  });
}
