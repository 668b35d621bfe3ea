import 'reflect-metadata'; // @peculiar/x509's dependency injection needs the Reflect metadata polyfill first
import { createHash, createPrivateKey, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

/** A generated app signing key: the certificate is public, the private key never leaves the server. */
export interface GeneratedSigningKey {
  readonly kid: string;
  /** Bare base64 DER, as `x5c` and metadata carry it. */
  readonly certificate: string;
  /** PKCS #8 PEM. */
  readonly privateKey: string;
  readonly created: string;
  readonly expiresAt: string;
}

/** Okta's `validityYears` range for `POST /apps/{appId}/credentials/keys/generate`. */
export const VALIDITY_YEARS = { min: 2, max: 10 } as const;

/**
 * An RSA-2048 key pair and a self-signed SHA-256 certificate valid for `validityYears`, with a kid
 * that is the key's RFC 7638 thumbprint (as Okta's kids are).
 */
export async function generateSigningKey(options: {
  readonly subject: string;
  readonly validityYears: number;
  readonly now: Date;
}): Promise<GeneratedSigningKey> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  // X.509 times have whole seconds: truncate so `created`/`expiresAt` equal the certificate's.
  const notBefore = new Date(Math.floor(options.now.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + options.validityYears);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(8)
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    name: `CN=${options.subject.replace(/[,+="\\<>;#]/g, ' ')}, OU=SSOProvider, O=Integrakit sandbox`,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: ALGORITHM,
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  return {
    kid: thumbprint(privateKey.export({ format: 'jwk' })),
    certificate: Buffer.from(certificate.rawData).toString('base64'),
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    created: notBefore.toISOString(),
    expiresAt: notAfter.toISOString(),
  };
}

/** RFC 7638 SHA-256 thumbprint of an RSA JWK (members `e`, `kty`, `n` in that order). */
function thumbprint(jwk: webcrypto.JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A stored key as Okta's `JsonWebKey`: public parts only. */
export function toJsonWebKey(key: {
  readonly kid: string;
  readonly certificate: string;
  readonly created: string;
  readonly lastUpdated: string;
  readonly expiresAt: string;
}): Record<string, unknown> {
  const der = Buffer.from(key.certificate, 'base64');
  const jwk = new X509Certificate(der).publicKey.export({ format: 'jwk' });
  return {
    created: key.created,
    lastUpdated: key.lastUpdated,
    expiresAt: key.expiresAt,
    x5c: [key.certificate],
    e: jwk.e,
    n: jwk.n,
    kid: key.kid,
    kty: 'RSA',
    use: 'sig',
    'x5t#S256': createHash('sha256').update(der).digest('base64url'),
  };
}
