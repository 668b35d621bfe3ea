import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LatestTask } from '../controllers/latest-task.js';

/** One choice of a picker: what it names, and a second line (email, login, group description). */
export interface PickerOption {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

/** One page of a picker search and where the next starts. */
export interface PickerPage {
  readonly options: readonly PickerOption[];
  readonly next?: string | undefined;
}

/** Searches a directory: `after` is the previous page's `next`; must honour `signal`. */
export type PickerSearch = (query: string, after: string | undefined, signal: AbortSignal) => Promise<PickerPage>;

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * The state of a search-as-you-type picker (APG combobox with a listbox popup): the query, the
 * active option, and the pages found. A new query waits `debounceMs` and cancels the search it
 * replaces; **More results** appends the next page.
 */
export class PickerController {
  query = '';
  active = -1;
  #extra: PickerOption[] = [];
  #next: string | undefined;
  #loadingMore = false;
  readonly #host: ReactiveControllerHost;
  readonly #search: () => PickerSearch | undefined;
  readonly results: LatestTask<readonly [string, PickerSearch | undefined], PickerPage | undefined>;

  constructor(host: ReactiveControllerHost, search: () => PickerSearch | undefined, debounceMs = 200) {
    this.#host = host;
    this.results = new LatestTask(
      host,
      async ([query, run], signal) => {
        this.#extra = [];
        this.active = -1;
        if (run === undefined) return undefined;
        if (query !== '') await wait(debounceMs, signal);
        const page = await run(query, undefined, signal);
        this.#next = page.next;
        return page;
      },
      () => [this.query, search()] as const,
    );
    this.#search = search;
  }

  /** Every option found so far, first page then the ones **More results** added. */
  options(): readonly PickerOption[] {
    return [...(this.results.value?.options ?? []), ...this.#extra];
  }

  hasMore(): boolean {
    return this.#next !== undefined && this.results.state === 'complete';
  }

  loadingMore(): boolean {
    return this.#loadingMore;
  }

  setQuery(query: string): void {
    this.query = query;
    this.#host.requestUpdate();
  }

  move(by: number): void {
    const count = this.options().length;
    if (count === 0) return;
    this.active = this.active < 0 ? (by > 0 ? 0 : count - 1) : Math.min(count - 1, Math.max(0, this.active + by));
    this.#host.requestUpdate();
  }

  async more(): Promise<void> {
    const run = this.#search();
    const next = this.#next;
    if (run === undefined || next === undefined || this.#loadingMore) return;
    this.#loadingMore = true;
    this.#host.requestUpdate();
    try {
      const page = await run(this.query, next, new AbortController().signal);
      this.#extra = [...this.#extra, ...page.options];
      this.#next = page.next;
    } finally {
      this.#loadingMore = false;
      this.#host.requestUpdate();
    }
  }
}

/** What {@link renderPicker} shows. */
export interface PickerSpec {
  /** Prefix of the ids in the host's shadow root. */
  readonly id: string;
  readonly label: string;
  readonly optionsLabel: string;
  readonly controller: PickerController;
  readonly onPick: (option: PickerOption) => void;
  readonly t: {
    readonly assignSearching: string;
    readonly assignNoMatches: string;
    readonly assignMore: string;
    readonly assignResultCount: (count: number) => string;
  };
}

/**
 * A search box and its listbox: focus stays in the input, `aria-activedescendant` names the active
 * option (same root), Enter picks it, Arrow keys move, Escape clears. The listbox is never
 * virtualized (the active descendant must be in the DOM); pages grow with **More results**.
 */
export function renderPicker(spec: PickerSpec): TemplateResult {
  const { controller: picker, t } = spec;
  const options = picker.options();
  const optionId = (index: number) => `${spec.id}-option-${index}`;
  const expanded = options.length > 0;
  const pending = picker.results.state === 'pending';
  const status = pending
    ? t.assignSearching
    : picker.results.state === 'complete' && options.length === 0
      ? t.assignNoMatches
      : picker.results.state === 'complete'
        ? t.assignResultCount(options.length)
        : '';
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      picker.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[picker.active];
      if (option !== undefined) spec.onPick(option);
    } else if (event.key === 'Escape' && picker.query !== '') {
      event.preventDefault();
      picker.setQuery('');
    }
  };
  return html`<div part="picker" class="picker">
    <label part="label" for="${spec.id}-input">${spec.label}</label>
    <input
      part="input"
      id="${spec.id}-input"
      type="search"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="${spec.id}-listbox"
      aria-describedby="${spec.id}-status"
      aria-activedescendant=${picker.active >= 0 && picker.active < options.length ? optionId(picker.active) : nothing}
      .value=${live(picker.query)}
      @input=${(event: Event) => picker.setQuery((event.target as HTMLInputElement).value)}
      @keydown=${onKey}
    />
    <ul
      part="listbox"
      class="listbox"
      id="${spec.id}-listbox"
      role="listbox"
      aria-label=${spec.optionsLabel}
      aria-busy=${pending ? 'true' : 'false'}
      ?hidden=${!expanded}
    >
      ${options.map(
        (option, index) => html`<li
          part="option"
          class="option"
          id=${optionId(index)}
          role="option"
          aria-selected=${index === picker.active ? 'true' : 'false'}
          data-id=${option.id}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => spec.onPick(option)}
        >
          <span class="option-name" dir="auto">${option.name}</span>
          <span class="option-detail" dir="auto">${option.detail}</span>
        </li>`,
      )}
    </ul>
    <p part="picker-status" class="picker-status" id="${spec.id}-status" role="status">${status}</p>
    ${
      picker.hasMore()
        ? html`<button type="button" part="more" aria-busy=${picker.loadingMore() ? 'true' : 'false'} @click=${() => void picker.more()}>
          ${t.assignMore}
        </button>`
        : nothing
    }
  </div>`;
}
