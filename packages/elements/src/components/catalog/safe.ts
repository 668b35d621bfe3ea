/**
 * Guards for untrusted catalog data that ends up in URLs or SVG attributes. Text always goes
 * through Lit text bindings; these cover the few places where a value becomes an attribute that a
 * browser would act on.
 */

/** The URL when it is absolute `https:`, otherwise `undefined` (no `javascript:`, `data:` or relative links). */
export function safeWebsite(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Raster types only: an SVG image cannot run script inside <img>, but refusing it keeps the rule simple to audit.
const safeDataImage = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A logo image URL when it is `https:` or a base64 raster `data:image`, otherwise `undefined`. */
export function safeLogoUrl(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('data:')) return safeDataImage.test(value) ? value : undefined;
  return safeWebsite(value);
}

const pathData = /^[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]{1,20000}$/;

/** SVG path data limited to path commands and numbers. */
export function safePathData(value: string): string | undefined {
  return typeof value === 'string' && pathData.test(value) ? value : undefined;
}

const hexColor = /^[0-9a-fA-F]{6}$/;

/** A `#rrggbb` colour from six hex digits, or a neutral grey when the value is anything else. */
export function safeColor(hex: string): string {
  return typeof hex === 'string' && hexColor.test(hex) ? `#${hex}` : '#6e6e78';
}

/** Black or white, whichever reads better on `color` (a `#rrggbb` value). */
export function contrastingInk(color: string): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
