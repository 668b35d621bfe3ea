import { fingerprintsOf, pemOf } from './certificate.js';
import { IDP_METADATA_MAX_CHARS, readIdpMetadata, SamlSetupError } from './idp-metadata.js';

/** Everything the SAML setup instructions show. */
export interface SamlSetup {
  /** The app's `_links.metadata.href`. */
  readonly metadataUrl: string;
  /** The IdP metadata XML, for download. */
  readonly metadata: string;
  readonly ssoUrl: string;
  readonly issuer: string;
  /** The signing certificate as PEM. */
  readonly certificate: string;
  readonly sha1Fingerprint: string;
  readonly sha256Fingerprint: string;
}

/** Fetches the IdP metadata XML at `href` (the server's `_links.metadata`), authenticated as the host needs. */
export type MetadataFetcher = (href: string, signal: AbortSignal) => Promise<string>;

/** Reads at most `max` characters of a response body, cancelling the stream past it. */
async function boundedText(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > max) {
      await reader.cancel();
      throw new SamlSetupError('metadata', 'too_long');
    }
  }
}

/**
 * The default fetcher: a same-origin `GET` with the page's session cookie, as the portal
 * authenticates. Hosts calling the API with a token pass their own.
 */
export const fetchWithSession: MetadataFetcher = async (href, signal) => {
  const response = await fetch(href, { credentials: 'same-origin', headers: { accept: 'application/xml' }, signal });
  if (!response.ok) throw new Error(`metadata: HTTP ${response.status}`);
  return boundedText(response, IDP_METADATA_MAX_CHARS);
};

/** Loads the IdP metadata, reads its values and computes the certificate's fingerprints. */
export async function loadSamlSetup(href: string, fetcher: MetadataFetcher, signal: AbortSignal): Promise<SamlSetup> {
  const metadata = await fetcher(href, signal);
  const values = readIdpMetadata(metadata);
  const { sha1, sha256 } = await fingerprintsOf(values.certificate);
  return {
    metadataUrl: href,
    metadata,
    ssoUrl: values.ssoUrl,
    issuer: values.issuer,
    certificate: pemOf(values.certificate),
    sha1Fingerprint: sha1,
    sha256Fingerprint: sha256,
  };
}
