import { ConfigValidationError } from '../errors.js';
import { attribute, childElements, descendants, firstChild, NS, position, textOf } from '../xml/dom.js';
import { certificateBody } from '../xml/pem.js';
import { readCertificateStructure } from '../xml/x509-structure.js';
import { keyOf, NAME_ID_FORMATS, type NameIdFormat } from './common.js';
import { BINDINGS } from './metadata.js';
import type { SamlConfigInput } from './saml.schema.js';

/** Options for {@link parseSpMetadata}. */
export interface ParseSpMetadataOptions {
  /** Which entity to read when the document is an `EntitiesDescriptor` with several. */
  readonly entityId?: string;
  /** Label for the resulting config. @default the entity ID */
  readonly label?: string;
  /** Documents longer than this are refused. @default 1_000_000 */
  readonly maxLength?: number;
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
  /** Things that were read but cannot be represented (unknown NameID format, non-POST ACS, …). */
  readonly notes: readonly string[];
}

function fail(node: Node | undefined, code: string, message: string): never {
  const where = node === undefined ? '' : `${(node as Element).localName ?? 'document'}${position(node)}: `;
  throw new ConfigValidationError([{ path: ['metadata'], code, message: `metadata: ${where}${message}` }]);
}

function pickEntity(root: Element, entityId: string | undefined): Element {
  if (root.namespaceURI === NS.md && root.localName === 'EntityDescriptor') {
    if (entityId !== undefined && attribute(root, 'entityID') !== entityId) {
      fail(root, 'entity_not_found', `entityID is "${attribute(root, 'entityID')}", not "${entityId}"`);
    }
    return root;
  }
  if (root.namespaceURI !== NS.md || root.localName !== 'EntitiesDescriptor') {
    fail(root, 'not_metadata', 'the root element must be md:EntityDescriptor or md:EntitiesDescriptor');
  }
  const sps = descendants(root, NS.md, 'EntityDescriptor').filter(
    (entity) => firstChild(entity, NS.md, 'SPSSODescriptor') !== undefined,
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
function certificates(descriptor: Element, use: 'signing' | 'encryption', explicitOnly = false): string[] {
  const out: string[] = [];
  for (const key of childElements(descriptor, NS.md, 'KeyDescriptor')) {
    const keyUse = attribute(key, 'use');
    if (keyUse === undefined ? explicitOnly : keyUse !== use) continue;
    for (const element of descendants(key, NS.ds, 'X509Certificate')) {
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
  const entity = pickEntity(document.documentElement, options.entityId);
  const entityId = attribute(entity, 'entityID');
  if (entityId === undefined || entityId.trim() === '') fail(entity, 'missing_attribute', 'entityID is required');
  const descriptor = firstChild(entity, NS.md, 'SPSSODescriptor');
  if (descriptor === undefined) fail(entity, 'missing_element', 'has no md:SPSSODescriptor');
  if (
    !(attribute(descriptor, 'protocolSupportEnumeration') ?? '')
      .split(/\s+/)
      .includes('urn:oasis:names:tc:SAML:2.0:protocol')
  ) {
    fail(descriptor, 'unsupported_protocol', 'protocolSupportEnumeration does not include SAML 2.0');
  }
  const notes: string[] = [];
  const acs = childElements(descriptor, NS.md, 'AssertionConsumerService').map((element, order) => {
    const url = attribute(element, 'Location');
    const binding = attribute(element, 'Binding');
    if (url === undefined || binding === undefined)
      fail(element, 'missing_attribute', 'Location and Binding are required');
    const indexText = attribute(element, 'index');
    const index = indexText === undefined ? order : Number(indexText);
    if (!Number.isInteger(index) || index < 0 || index > 65535) fail(element, 'invalid_index', 'index must be 0–65535');
    return { url, binding, index, isDefault: attribute(element, 'isDefault') === 'true' };
  });
  const posts = acs.filter((endpoint) => endpoint.binding === BINDINGS.post);
  if (posts.length === 0)
    fail(descriptor, 'missing_element', 'has no AssertionConsumerService with the HTTP-POST binding');
  for (const endpoint of acs) {
    if (endpoint.binding !== BINDINGS.post)
      notes.push(`ACS ${endpoint.url} uses ${endpoint.binding}; Okta only posts to HTTP-POST endpoints`);
  }
  const primary =
    posts.find((endpoint) => endpoint.isDefault) ?? [...posts].sort((a, b) => a.index - b.index)[0] ?? posts[0];
  const nameIdFormats = childElements(descriptor, NS.md, 'NameIDFormat').flatMap((element) => textOf(element) ?? []);
  const knownFormat = nameIdFormats
    .map((format) => keyOf(NAME_ID_FORMATS, format))
    .find((key): key is NameIdFormat => key !== undefined);
  for (const format of nameIdFormats) {
    if (keyOf(NAME_ID_FORMATS, format) === undefined) notes.push(`NameIDFormat ${format} is not one Okta offers`);
  }
  const signingCertificates = certificates(descriptor, 'signing');
  const encryptionCertificates = certificates(descriptor, 'encryption');
  const singleLogout = childElements(descriptor, NS.md, 'SingleLogoutService').flatMap((element) => {
    const url = attribute(element, 'Location');
    const binding = attribute(element, 'Binding');
    if (url === undefined || binding === undefined)
      fail(element, 'missing_attribute', 'Location and Binding are required');
    const responseUrl = attribute(element, 'ResponseLocation');
    return [{ binding, url, ...(responseUrl === undefined ? {} : { responseUrl }) }];
  });
  const slo =
    singleLogout.find((s) => s.binding === BINDINGS.post) ?? singleLogout.find((s) => s.binding === BINDINGS.redirect);
  const wantAssertionsSigned = attribute(descriptor, 'WantAssertionsSigned') === 'true';
  // Only an explicit encryption key turns assertion encryption on; a dual-use key is not a request for it.
  const encryption = certificates(descriptor, 'encryption', true)[0];
  const config: SamlConfigInput = {
    label: options.label ?? entityId.slice(0, 100),
    ssoUrl: primary?.url ?? '',
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
    notes,
  };
}
