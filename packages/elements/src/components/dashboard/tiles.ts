import type { AppLink } from '@integrakit/core/client';
import { safeLogoUrl } from '../catalog/safe.js';

/** The most tiles drawn; a longer list (a host's data is not validated) says how many it left out. */
export const MAX_TILES = 500;

/** One tile as drawn: only values a browser may act on survive. */
export interface Tile {
  readonly key: string;
  readonly label: string;
  /** The launch URL when it is absolute `http:`/`https:` without credentials, else `undefined`. */
  readonly href: string | undefined;
  readonly logo: string | undefined;
  /** The label's first character, drawn when there is no logo. */
  readonly monogram: string;
}

/** `value` when it is an absolute `http:` or `https:` URL without credentials (no `javascript:`, `data:`, relative). */
export function safeLaunchUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The tiles to draw from a person's app links: hidden ones dropped (visibility settings), in
 * `sortOrder` (ties keep their order), at most {@link MAX_TILES}.
 */
export function visibleTiles(links: readonly AppLink[]): { tiles: Tile[]; total: number } {
  const shown = (Array.isArray(links) ? links : [])
    .filter((link) => typeof link === 'object' && link !== null && !link.hidden)
    .map((link, index) => ({ link, index, order: Number.isFinite(link.sortOrder) ? Number(link.sortOrder) : index }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  const tiles = shown.slice(0, MAX_TILES).map(({ link, index }) => {
    const label = text(link.label);
    return {
      key: `${text(link.id)}:${index}`,
      label,
      href: safeLaunchUrl(link.linkUrl),
      logo: safeLogoUrl(text(link.logoUrl)),
      monogram: ([...label.trim()][0] ?? '?').toLocaleUpperCase(),
    };
  });
  return { tiles, total: shown.length };
}
