import { html, nothing, type TemplateResult } from 'lit';
import type { FormsTerms as Translation } from '../translations/forms-terms.js';
import { afterRender } from './list-editor.js';

/** A list of rows the user adds, removes and reorders with **Move up** / **Move down** buttons. */
export interface ReorderableListSpec<Item> {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly items: readonly Item[];
  /** The row's name in button labels and announcements ("Move email up"). */
  readonly name: (item: Item, index: number) => string;
  /** The row's fields. */
  readonly renderRow: (item: Item, index: number) => TemplateResult;
  /** Id of the row's first field, focused after **Add Another**. */
  readonly firstFieldId: (index: number) => string;
  readonly newItem: () => Item;
  readonly addLabel: string;
  readonly onChange: (items: Item[]) => void;
  readonly t: Translation;
}

/**
 * Controls, not gestures (UI-PATTERNS §3): each row has Move up, Move down and Remove, named after
 * the row; the ends are `aria-disabled` so focus stays; a move is announced. Rows render by position
 * (statements have no ids, and keying by value would recreate a row on every keystroke), so after a
 * move focus goes to the same action on the row's new position.
 */
export function renderReorderableList<Item>(spec: ReorderableListSpec<Item>): TemplateResult {
  const { items, t } = spec;
  const rowAction = (index: number, action: string) => `${spec.id}-${index}-${action}`;
  const move = (event: Event, from: number, by: -1 | 1) => {
    const to = from + by;
    const item = items[from];
    if (item === undefined || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(to, 0, ...next.splice(from, 1));
    spec.onChange(next);
    const name = spec.name(item, to);
    void afterRender(event, (root) => {
      const status = root.getElementById(`${spec.id}-status`);
      if (status) status.textContent = t.movedTo(name, to + 1, next.length);
      root.getElementById(rowAction(to, by < 0 ? 'up' : 'down'))?.focus();
    });
  };
  const remove = (event: Event, index: number) => {
    spec.onChange(items.filter((_, i) => i !== index));
    const next = Math.min(index, items.length - 2);
    void afterRender(event, (root) =>
      root.getElementById(next >= 0 ? rowAction(next, 'remove') : `${spec.id}-add`)?.focus(),
    );
  };
  const add = (event: Event) => {
    spec.onChange([...items, spec.newItem()]);
    void afterRender(event, (root) => root.getElementById(spec.firstFieldId(items.length))?.focus());
  };
  return html`<fieldset part="field statements" class="field statements" aria-describedby=${spec.hint ? `${spec.id}-hint` : nothing}>
    <legend part="label">${spec.legend}</legend>
    ${spec.hint ? html`<p part="hint" class="hint" id="${spec.id}-hint">${spec.hint}</p>` : nothing}
    <ol class="statement-rows">
      ${items.map((item, index) => {
        const name = spec.name(item, index);
        const first = index === 0;
        const last = index === items.length - 1;
        return html`<li part="statement" class="statement">
          <div class="statement-fields">${spec.renderRow(item, index)}</div>
          <div class="statement-actions">
            <button
              type="button"
              id=${rowAction(index, 'up')}
              aria-disabled=${first ? 'true' : nothing}
              @click=${(event: Event) => move(event, index, -1)}
            >${t.moveUp(name)}</button>
            <button
              type="button"
              id=${rowAction(index, 'down')}
              aria-disabled=${last ? 'true' : nothing}
              @click=${(event: Event) => move(event, index, 1)}
            >${t.moveDown(name)}</button>
            <button type="button" id=${rowAction(index, 'remove')} @click=${(event: Event) => remove(event, index)}>
              ${t.statementRemove(name)}
            </button>
          </div>
        </li>`;
      })}
    </ol>
    <button type="button" part="add" id="${spec.id}-add" @click=${add}>${spec.addLabel}</button>
    <p class="visually-hidden" role="status" id="${spec.id}-status"></p>
  </fieldset>`;
}
