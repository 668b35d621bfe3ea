import { html, svg, type TemplateResult } from 'lit';
import { contrastingInk, safeColor, safeLogoUrl, safePathData } from './safe.js';
import type { CatalogLogo } from './source.js';

/** Two letters from the display name, for entries whose logo cannot be shown. */
function initials(displayName: string): string {
  const letters = [...displayName.trim()].filter((char) => /[\p{L}\p{N}]/u.test(char));
  return (letters[0] ?? '?').toUpperCase();
}

function monogram(text: string, hex: string): TemplateResult {
  const fill = safeColor(hex);
  return svg`<rect width="24" height="24" rx="5" fill=${fill}></rect><text x="12" y="16.5" text-anchor="middle"
    font-size=${text.length > 1 ? '9' : '12'} font-weight="600" font-family="system-ui, sans-serif"
    fill=${contrastingInk(fill)}>${text}</text>`;
}

/**
 * A decorative logo (the app name is always next to it). Brand paths and monograms are SVG built
 * from attributes only, so no style attribute or markup from the data reaches the DOM.
 */
export function renderLogo(logo: CatalogLogo | undefined, displayName: string): TemplateResult {
  if (logo?.kind === 'url') {
    const url = safeLogoUrl(logo.url);
    if (url !== undefined) {
      return html`<img part="logo" class="logo" src=${url} alt="" loading="lazy" referrerpolicy="no-referrer" />`;
    }
  }
  let content: TemplateResult;
  if (logo?.kind === 'svg' && safePathData(logo.path) !== undefined) {
    content = svg`<path d=${logo.path} fill=${safeColor(logo.hex)}></path>`;
  } else if (logo?.kind === 'monogram' && typeof logo.text === 'string' && logo.text.length > 0) {
    content = monogram([...logo.text].slice(0, 2).join(''), logo.hex);
  } else {
    content = monogram(initials(displayName), '6e6e78');
  }
  return html`<svg part="logo" class="logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;
}
