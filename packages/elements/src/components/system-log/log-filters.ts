import {
  isLogOutcome,
  LOG_EVENT_CATEGORIES,
  LOG_OUTCOMES,
  LOG_TIME_RANGES,
  type LogEventCategory,
  type LogOutcome,
  type LogTimeRange,
  type LogView,
} from '@integrakit/core/logs';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SystemLogTerms } from './terms.js';

const RANGES = Object.keys(LOG_TIME_RANGES) as LogTimeRange[];
const CATEGORIES = Object.keys(LOG_EVENT_CATEGORIES) as LogEventCategory[];

/** Handlers of the filter form; each reports the changed part of the view. */
export interface FilterHandlers {
  onRange(range: LogTimeRange): void;
  onCategory(category: LogEventCategory, checked: boolean): void;
  onOutcome(outcome: LogOutcome | undefined): void;
  onSearch(q: string): void;
}

/**
 * The filters: time range, event-type groups and outcome apply on change; keywords on submit (Enter
 * or **Apply**), since every keystroke would be a server query.
 */
export function renderFilters(view: LogView, t: SystemLogTerms, handlers: FilterHandlers): TemplateResult {
  const selected = new Set(view.categories ?? []);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    handlers.onSearch(input.value);
  };
  return html`<form part="filters" class="filters" role="search" aria-label=${t.logFilters} novalidate @submit=${submit}>
    <div class="field">
      <label for="range">${t.logRange}</label>
      <select
        id="range"
        part="range"
        @change=${(event: Event) => handlers.onRange((event.target as HTMLSelectElement).value as LogTimeRange)}
      >
        ${RANGES.map((range) => html`<option value=${range} ?selected=${(view.range ?? '24h') === range}>${t.logRanges[range]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="outcome">${t.logOutcome}</label>
      <select
        id="outcome"
        part="outcome-filter"
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          handlers.onOutcome(isLogOutcome(value) ? value : undefined);
        }}
      >
        <option value="" ?selected=${view.outcome === undefined}>${t.logOutcomeAny}</option>
        ${LOG_OUTCOMES.map((outcome) => html`<option value=${outcome} ?selected=${view.outcome === outcome}>${t.logOutcomes[outcome]}</option>`)}
      </select>
    </div>
    <div class="field search">
      <label for="q">${t.logSearch}</label>
      <p class="hint" id="q-hint">${t.logSearchHint}</p>
      <span class="search-row">
        <input id="q" name="q" part="search" type="search" maxlength="400" aria-describedby="q-hint" .value=${live(view.q ?? '')} />
        <button part="apply" type="submit">${t.logApply}</button>
      </span>
    </div>
    <fieldset part="categories" class="categories">
      <legend>${t.logCategories}</legend>
      ${CATEGORIES.map(
        (category) => html`<label class="check"
          ><input
            type="checkbox"
            name="category"
            value=${category}
            .checked=${live(selected.has(category))}
            @change=${(event: Event) => handlers.onCategory(category, (event.target as HTMLInputElement).checked)}
          />${t.logCategoryNames[category]}</label
        >`,
      )}
    </fieldset>
  </form>`;
}
