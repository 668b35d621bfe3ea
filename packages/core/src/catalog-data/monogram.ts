import type { ExampleLogo } from './types.js';

// Dark, saturated backgrounds so a white monogram letter stays readable (WCAG AA at 4.5:1).
const palette = [
  '1E40AF',
  '6D28D9',
  'A21CAF',
  'BE123C',
  'B45309',
  '047857',
  '0E7490',
  '374151',
  '4338CA',
  '9D174D',
  '15803D',
  '1D4ED8',
] as const;

/** FNV-1a over UTF-16 code units: tiny, deterministic, and well spread for short keys. */
function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** One or two initials of a display name: `Microsoft Office 365` → `MO`, `monday.com` → `M`. */
export function monogramText(displayName: string): string {
  const words = displayName
    .split(/[\s-]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
  const initials = words
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
  return initials.length > 0 ? initials : '?';
}

/** A monogram logo whose colour depends only on the entry key, so it never changes between builds. */
export function monogramLogo(key: string, displayName: string): Extract<ExampleLogo, { kind: 'monogram' }> {
  return { kind: 'monogram', text: monogramText(displayName), hex: palette[fnv1a(key) % palette.length] ?? palette[0] };
}
