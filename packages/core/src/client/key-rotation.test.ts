import { describe, expect, it } from 'vitest';
import { certificateStatus, signingCertificates } from './key-rotation.js';
import type { AppSigningKey } from './wire.js';

const now = new Date('2026-12-07T12:00:00.000Z');
const DAY = 86_400_000;

const key = (kid: string, expiresInDays: number): AppSigningKey => ({
  kid,
  kty: 'RSA',
  x5c: ['MII='],
  created: '2026-01-01T00:00:00.000Z',
  lastUpdated: '2026-01-01T00:00:00.000Z',
  expiresAt: new Date(now.getTime() + expiresInDays * DAY).toISOString(),
});

describe('signing certificate expiry warnings', () => {
  it.each([
    [400, undefined],
    [90.5, undefined],
    [89.9, 90],
    [30.2, 90],
    [29.5, 30],
    [7.1, 30],
    [6.9, 7],
    [0.01, 7],
    [0, 'expired'],
    [-3, 'expired'],
  ])('%s days ahead warns %s', (days, warning) => {
    expect(certificateStatus(key('k', days), now).warning).toBe(warning);
  });

  it('counts whole days left', () => {
    expect(certificateStatus(key('k', 29.5), now).daysLeft).toBe(29);
    expect(certificateStatus(key('k', -0.5), now).daysLeft).toBe(-1);
  });

  it('reads an unparseable expiry as expired rather than as never expiring', () => {
    expect(certificateStatus({ ...key('k', 100), expiresAt: 'soon' }, now).warning).toBe('expired');
  });
});

describe('current and next certificate', () => {
  it('is the active key and the newest unexpired key listed after it', () => {
    const keys = [key('old', 10), key('active', 500), key('expired', -1), key('spare', 700), key('newest', 900)];
    const { current, next } = signingCertificates(keys, 'active', now);
    expect(current?.key.kid).toBe('active');
    expect(next?.key.kid).toBe('newest');
  });

  it('has no next key when nothing unexpired follows the active one', () => {
    const keys = [key('newer-but-listed-first', 900), key('active', 500), key('expired', -1)];
    expect(signingCertificates(keys, 'active', now)).toEqual({
      current: certificateStatus(keys[1] as AppSigningKey, now),
      next: undefined,
    });
  });

  it('without an active key, offers the newest unexpired one as next', () => {
    const keys = [key('a', 100), key('b', 200), key('gone', -5)];
    const { current, next } = signingCertificates(keys, undefined, now);
    expect(current).toBeUndefined();
    expect(next?.key.kid).toBe('b');
  });
});
