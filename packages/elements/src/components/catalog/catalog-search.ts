import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../translations/en.js';
import { highlight } from './highlight.js';
import { renderLogo } from './logo.js';
import type { CatalogHit } from './source.js';

/** What the search box shows: the typed text, its suggestions and the active option (`-1`: none). */
export interface SearchBoxState {
  readonly text: string;
  readonly hits: readonly CatalogHit[];
  readonly expanded: boolean;
  /** Index of the active option; `hits.length` is **See All Results**. */
  readonly active: number;
}

/** What the search box asks of its element. */
export interface SearchBoxHandlers {
  readonly onInput: (event: Event) => void;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onBlur: () => void;
  readonly onChoose: (index: number) => void;
  readonly onSeeAll: () => void;
}

// A press on an option must not blur the input first, which would close the list under the pointer.
const keepFocus = (event: Event) => event.preventDefault();

/** The search box: an APG combobox whose listbox holds the suggestions and **See All Results**. */
export function renderSearchBox(box: SearchBoxState, on: SearchBoxHandlers, t: Translation): TemplateResult {
  const { hits, active } = box;
  const activeId = active < 0 ? undefined : active < hits.length ? `option-${active}` : 'option-all';
  const part = (index: number, base: string) => (index === active ? `${base} option-active` : base);
  return html`<div part="search" class="search">
    <label for="input" class="visually-hidden">${t.catalogSearchLabel}</label>
    <input
      id="input"
      part="input"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="listbox"
      aria-expanded=${box.expanded ? 'true' : 'false'}
      aria-activedescendant=${activeId ?? nothing}
      placeholder=${t.catalogSearchPlaceholder}
      .value=${box.text}
      @input=${on.onInput}
      @keydown=${on.onKey}
      @blur=${on.onBlur}
    />
    <div id="listbox" part="listbox" class="listbox" role="listbox" aria-label=${t.catalogSuggestions} ?hidden=${!box.expanded}>
      ${hits.map(
        (hit, index) => html`<div
          id="option-${index}"
          part=${part(index, 'option')}
          class="option"
          role="option"
          aria-selected=${index === active ? 'true' : 'false'}
          @mousedown=${keepFocus}
          @click=${() => on.onChoose(index)}
        >
          ${renderLogo(hit.entry.logo, hit.entry.displayName)}
          <span class="option-name" dir="auto">${highlight(String(hit.entry.displayName), hit.nameMatches)}</span>
        </div>`,
      )}
      <div
        id="option-all"
        part=${part(hits.length, 'option see-all')}
        class="option see-all"
        role="option"
        aria-selected=${active === hits.length ? 'true' : 'false'}
        @mousedown=${keepFocus}
        @click=${on.onSeeAll}
      >
        ${t.catalogSeeAll(box.text.trim())}
      </div>
    </div>
  </div>`;
}

/** What a key pressed in the search box does. */
export type SearchKeyAction =
  | { readonly kind: 'move'; readonly active: number }
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'see-all' | 'close' | 'clear' | 'none' };

/**
 * The APG combobox's keys: arrows open the list or move through it (wrapping; Alt+Down opens it
 * without choosing), Home/End jump while an option is active, Enter chooses the active suggestion or
 * shows all results, Escape closes the list, then clears the text. `undefined`: not the box's key, so
 * it keeps its default (the caret moves); any other answer takes the key (`preventDefault`).
 */
export function searchKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey'>,
  box: { readonly text: string; readonly expanded: boolean; readonly active: number; readonly options: number },
): SearchKeyAction | undefined {
  const { expanded, active, options: count } = box;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = event.key === 'ArrowDown';
      if (box.text.trim() === '' || (expanded && event.altKey)) return { kind: 'none' };
      if (!expanded) return { kind: 'move', active: event.altKey ? -1 : down ? 0 : count - 1 };
      const step = down ? 1 : -1;
      return { kind: 'move', active: active < 0 ? (down ? 0 : count - 1) : (active + step + count) % count };
    }
    case 'Home':
    case 'End':
      return expanded && active >= 0 ? { kind: 'move', active: event.key === 'Home' ? 0 : count - 1 } : undefined;
    case 'Enter':
      return expanded && active >= 0 && active < count - 1 ? { kind: 'choose', index: active } : { kind: 'see-all' };
    case 'Escape':
      if (expanded) return { kind: 'close' };
      return box.text === '' ? undefined : { kind: 'clear' };
    default:
      return undefined;
  }
}
