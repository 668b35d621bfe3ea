import type { AppSigningKey } from './wire.js';

/** Days before expiry at which a signing certificate is flagged, nearest last. */
export const EXPIRY_WARNING_DAYS = [90, 30, 7] as const;

/** How close a certificate is to expiry: past it, or within 7, 30 or 90 days. */
export type ExpiryWarning = 'expired' | (typeof EXPIRY_WARNING_DAYS)[number];

/** One signing certificate with what its expiry means today. */
export interface CertificateStatus {
  readonly key: AppSigningKey;
  /** Whole days until `expiresAt` (negative once expired). */
  readonly daysLeft: number;
  /** The nearest threshold reached, or `undefined` while more than 90 days are left. */
  readonly warning: ExpiryWarning | undefined;
}

/** The certificate the app signs with now, and the one generated to replace it. */
export interface SigningCertificates {
  /** The active key (`credentials.signing.kid`). */
  readonly current: CertificateStatus | undefined;
  /**
   * The newest unexpired key generated after the active one: published beside it in the metadata
   * so the other side can trust it before it is activated.
   */
  readonly next: CertificateStatus | undefined;
}

const DAY_MS = 86_400_000;

/** What `expiresAt` means at `now`. */
export function certificateStatus(key: AppSigningKey, now: Date): CertificateStatus {
  const left = Date.parse(key.expiresAt) - now.getTime();
  const daysLeft = Math.floor(left / DAY_MS);
  const within = EXPIRY_WARNING_DAYS.filter((days) => daysLeft < days).at(-1);
  return { key, daysLeft, warning: !(left > 0) ? 'expired' : within };
}

/**
 * The current and next signing certificates of an app's keys (as listed: oldest first), given its
 * active `kid`. Creation times have whole seconds, so the list order, not `created`, says which
 * key came after the active one.
 */
export function signingCertificates(
  keys: readonly AppSigningKey[],
  activeKid: string | undefined,
  now: Date,
): SigningCertificates {
  const activeIndex = keys.findIndex((key) => key.kid === activeKid);
  const active = keys[activeIndex];
  const next = keys
    .slice(activeIndex + 1)
    .filter((key) => Date.parse(key.expiresAt) > now.getTime())
    .at(-1);
  return {
    current: active === undefined ? undefined : certificateStatus(active, now),
    next: next === undefined ? undefined : certificateStatus(next, now),
  };
}
