import { createVerify, type KeyObject } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { REQUEST_LIMITS } from '@integrakit/protocols/saml';
import { SamlRequestError } from './request-error.js';

/** Longest `SAMLRequest` parameter accepted (base64 of a deflated or plain request). */
const MAX_ENCODED = 96_000;
/** Longest RelayState accepted; the bindings ask SPs for at most 80 bytes, real SPs send URLs. */
export const MAX_RELAY_STATE = 1024;

const SIGNATURE_ALGORITHMS: Readonly<Record<string, string>> = {
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'RSA-SHA256',
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': 'RSA-SHA1',
};

/** A request as it arrived on a binding: its XML, RelayState, and the Redirect binding's query signature. */
export interface ReceivedMessage {
  readonly xml: string;
  readonly relayState: string | undefined;
  /** Present for a signed HTTP-Redirect message: checks the query signature against a certificate. */
  readonly querySignature: ((spKey: KeyObject) => boolean) | undefined;
}

const formDecode = (value: string) => {
  try {
    return decodeURIComponent(value.replace(/\+/g, '%20'));
  } catch {
    throw new SamlRequestError('query', 'is not valid percent-encoding');
  }
};

/** Base64 (maybe DEFLATE-compressed) to XML text, with the inflated size bounded. */
function toXml(field: string, encoded: string, compressed: 'always' | 'maybe'): string {
  if (encoded.length > MAX_ENCODED) throw new SamlRequestError(field, `must be at most ${MAX_ENCODED} characters`);
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact === '') throw new SamlRequestError(field, 'must be base64');
  const bytes = Buffer.from(compact, 'base64');
  if (compressed === 'maybe' && bytes[0] === 0x3c) return bytes.toString('utf8');
  try {
    // maxOutputLength stops a deflate bomb while inflating, not after.
    return inflateRawSync(bytes, { maxOutputLength: REQUEST_LIMITS.maxLength }).toString('utf8');
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new SamlRequestError(
      field,
      tooBig ? `inflates past ${REQUEST_LIMITS.maxLength} characters` : 'is not DEFLATE-compressed XML',
    );
  }
}

function relay(value: string | undefined): string | undefined {
  if (value !== undefined && Buffer.byteLength(value) > MAX_RELAY_STATE) {
    throw new SamlRequestError('RelayState', `must be at most ${MAX_RELAY_STATE} bytes`);
  }
  return value;
}

/**
 * Reads an HTTP-Redirect message (bindings 3.4) from the raw query string: `messageParam` is
 * `SAMLRequest` or `SAMLResponse`. The signed octets are rebuilt from the parameters as received
 * and, because some SPs sign a differently encoded form (node-saml signs `%20` but sends `+`), as
 * re-encoded; either verifying is a valid signature.
 */
export function readRedirect(rawQuery: string, messageParam = 'SAMLRequest'): ReceivedMessage {
  const raw = new Map<string, string>();
  for (const pair of rawQuery.split('&')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (raw.has(name)) throw new SamlRequestError(name, 'must appear once');
    raw.set(name, at < 0 ? '' : pair.slice(at + 1));
  }
  const message = raw.get(messageParam);
  if (message === undefined) throw new SamlRequestError(messageParam, 'is required');
  const relayState = relay(raw.has('RelayState') ? formDecode(raw.get('RelayState') as string) : undefined);
  const xml = toXml(messageParam, formDecode(message), 'always');
  const sigAlg = raw.get('SigAlg');
  const signature = raw.get('Signature');
  if (sigAlg === undefined && signature === undefined) return { xml, relayState, querySignature: undefined };
  if (sigAlg === undefined || signature === undefined) {
    throw new SamlRequestError(sigAlg === undefined ? 'SigAlg' : 'Signature', 'is required with a signed request');
  }
  const algorithm = SIGNATURE_ALGORITHMS[formDecode(sigAlg)];
  if (algorithm === undefined) throw new SamlRequestError('SigAlg', 'must be rsa-sha256 or rsa-sha1');
  const octets = (encode: (value: string) => string) =>
    [
      `${messageParam}=${encode(message)}`,
      ...(raw.has('RelayState') ? [`RelayState=${encode(raw.get('RelayState') as string)}`] : []),
      `SigAlg=${encode(sigAlg)}`,
    ].join('&');
  const signatureBytes = Buffer.from(formDecode(signature), 'base64');
  const encodings = [(value: string) => value, (value: string) => encodeURIComponent(formDecode(value))];
  return {
    xml,
    relayState,
    querySignature: (spKey) =>
      encodings.some((encode) => {
        try {
          return createVerify(algorithm).update(octets(encode)).verify(spKey, signatureBytes);
        } catch {
          return false;
        }
      }),
  };
}

/** Reads an HTTP-POST message (bindings 3.5): base64 XML, which some SPs deflate anyway. */
export function readPost(form: URLSearchParams, messageParam = 'SAMLRequest'): ReceivedMessage {
  const values = form.getAll(messageParam);
  if (values.length !== 1) throw new SamlRequestError(messageParam, 'is required, once');
  const relayValues = form.getAll('RelayState');
  if (relayValues.length > 1) throw new SamlRequestError('RelayState', 'must appear at most once');
  return {
    xml: toXml(messageParam, values[0] as string, 'maybe'),
    relayState: relay(relayValues[0]),
    querySignature: undefined,
  };
}
