import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/**
 * Test-only self-signed certificates. Node has no certificate generator, so this encodes the
 * minimal X.509 v1 DER by hand and signs it with node:crypto (RSA-SHA256).
 */

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

const tlv = (tag: number, body: Uint8Array | number[]): Buffer => {
  const content = Buffer.from(body);
  return Buffer.concat([Buffer.from([tag, ...length(content.length)]), content]);
};
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const oid = (bytes: number[]) => tlv(0x06, bytes);

const SHA256_WITH_RSA = seq(oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]), tlv(0x05, []));
const name = (cn: string) => seq(tlv(0x31, seq(oid([0x55, 0x04, 0x03]), tlv(0x0c, Buffer.from(cn, 'utf8')))));

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

/** A key pair and its self-signed certificate. */
export interface TestCertificate {
  readonly privateKeyPem: string;
  readonly privateKey: KeyObject;
  /** PEM certificate. */
  readonly pem: string;
  /** Bare base64 DER (what metadata and `x5c` carry). */
  readonly base64: string;
}

const keyCache: KeyObject[] = [];

/** RSA-2048 keys are slow to make; tests share a small pool (`slot` picks one). */
function key(slot: number): KeyObject {
  let cached = keyCache[slot];
  if (cached === undefined) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    cached = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    keyCache[slot] = cached;
  }
  return cached;
}

/** Makes a self-signed certificate valid from `notBefore` to `notAfter`. */
export function makeCertificate(
  options: { cn?: string; notBefore?: Date; notAfter?: Date; slot?: number } = {},
): TestCertificate {
  const privateKey = key(options.slot ?? 0);
  const notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  const notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  const cn = options.cn ?? 'idp.integrakit.test';
  const spkiDer = Buffer.from(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }));
  const tbs = seq(
    tlv(0x02, [0x01, ...randomBytes(8)]),
    SHA256_WITH_RSA,
    name(cn),
    seq(time(notBefore), time(notAfter)),
    name(cn),
    spkiDer,
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const base64 = der.toString('base64');
  const pem = `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;
  return {
    privateKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pem,
    base64,
  };
}
