import { certificateBody, decodeBase64 } from './pem.js';

/**
 * What a structural read of an X.509 certificate yields without `node:crypto`, so that `define`
 * can check certificates synchronously in a browser bundle. Full parsing (fingerprints, public
 * key) lives in `certificate.ts`, which is Node-only.
 */
export interface CertificateStructure {
  /** Start of the validity period. */
  readonly notBefore: Date;
  /** End of the validity period. */
  readonly notAfter: Date;
  /** The subject's common name (CN), when it has one. */
  readonly subjectCommonName?: string;
}

interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** Reads one DER tag-length-value at `offset`; throws on truncated or indefinite-length data. */
function readTlv(bytes: Uint8Array, offset: number, limit: number): Tlv {
  if (offset + 2 > limit) throw new Error('truncated DER');
  const tag = bytes[offset] as number;
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  if (start + length > limit) throw new Error('truncated DER');
  return { tag, start, end: start + length };
}

function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const tlv = readTlv(bytes, offset, parent.end);
    out.push(tlv);
    offset = tlv.end;
  }
  return out;
}

function text(bytes: Uint8Array, tlv: Tlv): string {
  return new TextDecoder().decode(bytes.subarray(tlv.start, tlv.end));
}

/** UTCTime (`YYMMDDHHMMSSZ`, years 1950–2049) or GeneralizedTime (`YYYYMMDDHHMMSSZ`). */
function time(bytes: Uint8Array, tlv: Tlv): Date {
  const value = text(bytes, tlv);
  const match =
    tlv.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(value)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (match === null || (tlv.tag !== 0x17 && tlv.tag !== 0x18)) throw new Error('bad validity time');
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const year = tlv.tag === 0x17 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return new Date(Date.UTC(year, mo - 1, d, h, mi, s));
}

const COMMON_NAME_OID = '550403';

function commonName(bytes: Uint8Array, name: Tlv): string | undefined {
  for (const rdn of children(bytes, name)) {
    for (const attribute of children(bytes, rdn)) {
      const [oid, value] = children(bytes, attribute);
      if (oid === undefined || value === undefined) continue;
      const hex = Array.from(bytes.subarray(oid.start, oid.end), (b) => b.toString(16).padStart(2, '0')).join('');
      if (hex === COMMON_NAME_OID) return text(bytes, value);
    }
  }
  return undefined;
}

/**
 * Reads the validity and subject CN of a PEM or base64-DER certificate, checking that it has the
 * X.509 shape (`Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }`).
 * Returns `undefined` when the input is not an X.509 certificate.
 */
export function readCertificateStructure(input: string): CertificateStructure | undefined {
  const bytes = decodeBase64(certificateBody(input));
  if (bytes === undefined) return undefined;
  try {
    const certificate = readTlv(bytes, 0, bytes.length);
    if (certificate.tag !== 0x30 || certificate.end !== bytes.length) return undefined;
    const [tbs, algorithm, signature] = children(bytes, certificate);
    if (tbs?.tag !== 0x30 || algorithm?.tag !== 0x30 || signature?.tag !== 0x03) return undefined;
    const fields = children(bytes, tbs);
    // The version is an optional explicit [0] tag; everything after it is positional.
    const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
    const [serial, , , validity, subject, publicKey] = rest;
    if (serial?.tag !== 0x02 || validity?.tag !== 0x30 || subject?.tag !== 0x30 || publicKey?.tag !== 0x30) {
      return undefined;
    }
    const [notBefore, notAfter] = children(bytes, validity);
    if (notBefore === undefined || notAfter === undefined) return undefined;
    const cn = commonName(bytes, subject);
    return {
      notBefore: time(bytes, notBefore),
      notAfter: time(bytes, notAfter),
      ...(cn === undefined ? {} : { subjectCommonName: cn }),
    };
  } catch {
    return undefined;
  }
}

/** Where a certificate stands on `now`: usable, expiring within the warning window, or not usable. */
export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'not-yet-valid';

/** Status of a certificate on `now`, `expiring` when it ends within `expiringWithinDays`. */
export function certificateStatus(
  structure: CertificateStructure,
  now: Date,
  expiringWithinDays: number,
): CertificateStatus {
  if (structure.notAfter.getTime() <= now.getTime()) return 'expired';
  if (structure.notBefore.getTime() > now.getTime()) return 'not-yet-valid';
  const windowEnd = now.getTime() + expiringWithinDays * 86_400_000;
  return structure.notAfter.getTime() <= windowEnd ? 'expiring' : 'valid';
}
