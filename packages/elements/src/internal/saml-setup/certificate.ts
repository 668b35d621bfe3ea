/** PEM text (64-column lines) of a bare base64 DER certificate, as Okta's "Download certificate" gives. */
export function pemOf(base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}

const bytesOf = (base64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** A digest as the Admin Console shows fingerprints: upper-case hex pairs joined by colons. */
const colonHex = (digest: ArrayBuffer): string =>
  [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');

/** SHA-1 and SHA-256 fingerprints of a bare base64 DER certificate, with WebCrypto. */
export async function fingerprintsOf(base64: string): Promise<{ sha1: string; sha256: string }> {
  const der = bytesOf(base64);
  const [sha1, sha256] = await Promise.all([crypto.subtle.digest('SHA-1', der), crypto.subtle.digest('SHA-256', der)]);
  return { sha1: colonHex(sha1), sha256: colonHex(sha256) };
}
