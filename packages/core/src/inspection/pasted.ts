/** Longest pasted value read, in characters: a base64 SAML response of the protocols' 1 MB limit fits. */
export const MAX_PASTED_LENGTH = 2_000_000;
/** Most bytes a deflated (redirect binding) message may inflate to, like the protocols' XML limit. */
export const MAX_INFLATED_BYTES = 1_000_000;

/** How a pasted value was encoded, once recognised. */
export type PastedEncoding = 'jwt' | 'xml' | 'base64' | 'redirect';

/** A pasted value, recognised: a compact JWT, or the XML of a SAML message and how it was encoded. */
export type PastedValue =
  | { readonly kind: 'token'; readonly encoding: 'jwt'; readonly token: string }
  | { readonly kind: 'saml'; readonly encoding: 'xml' | 'base64' | 'redirect'; readonly xml: string }
  | { readonly kind: 'unknown'; readonly code: 'empty' | 'too_large' | 'unrecognized' | 'too_big_inflated' };

const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The `SAMLResponse` (or `SAMLRequest`) parameter of a pasted URL or query string, else the input. */
function samlParameter(input: string): string {
  const query = input.includes('?') ? input.slice(input.indexOf('?') + 1) : input;
  if (!/(?:^|&)SAML(?:Response|Request)=/.test(query)) return input;
  const params = new URLSearchParams(query.split('#')[0]);
  return params.get('SAMLResponse') ?? params.get('SAMLRequest') ?? input;
}

/** Standard base64 bytes (URL-encoded `%2B`/`%2F`/`%3D` and line breaks tolerated), or undefined. */
function base64Bytes(text: string): Uint8Array | undefined {
  let body = text.replace(/\s+/g, '');
  if (/%[0-9A-Fa-f]{2}/.test(body)) {
    try {
      body = decodeURIComponent(body);
    } catch {
      return undefined;
    }
  }
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const looksLikeXml = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');

/**
 * Inflates raw DEFLATE (the SAML HTTP-Redirect binding), reading no more than `limit` bytes of
 * output: a small bomb stops at the limit instead of filling memory. Undefined when the bytes are
 * not DEFLATE; `'too_big'` past the limit.
 */
export async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array | undefined | 'too_big'> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return 'too_big';
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Recognises what was pasted: a compact JWT (ID or access token), SAML XML, a base64 SAML message
 * (POST binding), or a deflated one (Redirect binding, also inside a pasted URL's `SAMLResponse`).
 * Never throws: anything else is `unknown` with the reason.
 */
export async function readPasted(input: string): Promise<PastedValue> {
  if (input.length > MAX_PASTED_LENGTH) return { kind: 'unknown', code: 'too_large' };
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'unknown', code: 'empty' };
  if (COMPACT_JWT.test(trimmed)) return { kind: 'token', encoding: 'jwt', token: trimmed };
  if (looksLikeXml(trimmed)) return { kind: 'saml', encoding: 'xml', xml: trimmed };
  const bytes = base64Bytes(samlParameter(trimmed));
  if (bytes === undefined) return { kind: 'unknown', code: 'unrecognized' };
  const text = new TextDecoder().decode(bytes);
  if (looksLikeXml(text)) return { kind: 'saml', encoding: 'base64', xml: text };
  const inflated = await inflateBounded(bytes, MAX_INFLATED_BYTES);
  if (inflated === 'too_big') return { kind: 'unknown', code: 'too_big_inflated' };
  if (inflated === undefined) return { kind: 'unknown', code: 'unrecognized' };
  const xml = new TextDecoder().decode(inflated);
  return looksLikeXml(xml) ? { kind: 'saml', encoding: 'redirect', xml } : { kind: 'unknown', code: 'unrecognized' };
}
