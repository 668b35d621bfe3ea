/** What {@link importSpMetadata} did to a SAML config. */
export interface SpMetadataImport {
  /** The config with the metadata's values in place. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Config keys the metadata filled (`ssoUrl`, `audience`, `nameIdFormat`, …), in form order. */
  readonly filled: readonly string[];
  /** What the metadata declared that the config cannot hold, in the SAML module's words. */
  readonly notFilled: readonly string[];
}

/** Largest SP metadata document (characters, and bytes of an uploaded file) the import reads. */
export const SP_METADATA_MAX_LENGTH = 1_000_000;

// Form order of the keys `parseSpMetadata` may fill; `label` stays the admin's, signing flags are defaults.
const FILLABLE = [
  'ssoUrl',
  'audience',
  'acsEndpoints',
  'nameIdFormat',
  'singleLogout',
  'spCertificate',
  'assertionEncryption',
];

/**
 * "Paste or upload SP metadata": reads the document with the SAML module's `parseSpMetadata` (its
 * XML parser loads now, on first use) and puts what it found into `config`, keeping every value
 * the metadata does not speak to. The OIDC and SWA wizards never load it.
 * @throws ConfigValidationError for a document that is not usable SP metadata (the issue names the element)
 */
export async function importSpMetadata(
  xml: string,
  config: Readonly<Record<string, unknown>>,
): Promise<SpMetadataImport> {
  const { parseSpMetadata } = await import('@integrakit/protocols/saml');
  const metadata = await parseSpMetadata(xml, { maxLength: SP_METADATA_MAX_LENGTH });
  const read = metadata.config as Readonly<Record<string, unknown>>;
  const filled = FILLABLE.filter((key) => {
    const value = read[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  const next: Record<string, unknown> = { ...config };
  for (const key of filled) next[key] = read[key];
  // The metadata names one ACS: "Use this for Recipient URL and Destination URL".
  delete next.recipient;
  delete next.destination;
  return { config: next, filled, notFilled: metadata.notes };
}
