/**
 * Certificate text helpers that run anywhere (browser or Node): no `node:crypto`, no XML library.
 * Okta's `x5c` and SAML metadata carry bare base64 DER; admins paste PEM. Both normalise here.
 */

const ARMOUR = /-----(BEGIN|END) CERTIFICATE-----/g;

/**
 * Bare base64 body of a certificate given as PEM or base64 DER, with armour and all whitespace
 * removed (metadata often wraps and indents it; Okta's examples even carry `\r\n`).
 */
export function certificateBody(input: string): string {
  return input.replace(ARMOUR, '').replace(/\s+/g, '');
}

/** PEM text (64-column lines) for a bare base64 body or an existing PEM. */
export function toPem(input: string): string {
  const body = certificateBody(input);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Decodes standard base64; `undefined` when the text is not base64. */
export function decodeBase64(body: string): Uint8Array | undefined {
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
