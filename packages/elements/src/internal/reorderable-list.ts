import { html, nothing, type TemplateResult } from 'lit';
import type { FormsTerms } from '../translations/forms-terms.js';
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
  readonly firstFieldId?: (index: number) => string;
  /** A new row for **Add Another**; without it the list has no add button (rows come from elsewhere). */
  readonly newItem?: () => Item;
  readonly addLabel?: string;
  readonly onChange: (items: Item[]) => void;
  /**
   * Called instead of removing the row at once, for lists whose removal needs a confirm (unassign);
   * the host removes the row itself when confirmed.
   */
  readonly onRemove?: (item: Item, index: number) => void;
  /** The remove button's text for the row name. @default t.statementRemove */
  readonly removeLabel?: (name: string) => string;
  /** Rows can also be dragged with a pointer (HTML drag and drop); the buttons stay for keyboards. */
  readonly draggable?: boolean;
  readonly t: Pick<FormsTerms, 'moveUp' | 'moveDown' | 'movedTo' | 'statementRemove'>;
}

/** The row index a drag started from, per list id (one drag at a time on a page). */
let dragging: { readonly list: string; readonly from: number } | undefined;

/**
 * Controls, not gestures (UI-PATTERNS §3): each row has Move up, Move down and Remove, named after
 * the row; the ends are `aria-disabled` so focus stays; a move is announced. Rows render by position
 * (statements have no ids, and keying by value would recreate a row on every keystroke), so after a
 * move focus goes to the same action on the row's new position.
 */
export function renderReorderableList<Item>(spec: ReorderableListSpec<Item>): TemplateResult {
  const { items, t } = spec;
  const rowAction = (index: number, action: string) => `${spec.id}-${index}-${action}`;
  const moveTo = (event: Event, from: number, to: number, action: 'up' | 'down') => {
    const item = items[from];
    if (item === undefined || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(to, 0, ...next.splice(from, 1));
    spec.onChange(next);
    const name = spec.name(item, to);
    void afterRender(event, (root) => {
      const status = root.getElementById(`${spec.id}-status`);
      if (status) status.textContent = t.movedTo(name, to + 1, next.length);
      root.getElementById(rowAction(to, action))?.focus();
    });
  };
  const move = (event: Event, from: number, by: -1 | 1) => moveTo(event, from, from + by, by < 0 ? 'up' : 'down');
  const drop = (event: DragEvent, to: number) => {
    const from = dragging?.list === spec.id ? dragging.from : undefined;
    dragging = undefined;
    if (from === undefined || from === to) return;
    event.preventDefault();
    moveTo(event, from, to, to < from ? 'up' : 'down');
  };
  const dragHandlers = (index: number) =>
    spec.draggable
      ? {
          start: (event: DragEvent) => {
            dragging = { list: spec.id, from: index };
            event.dataTransfer?.setData('text/plain', spec.name(items[index] as Item, index));
          },
          over: (event: DragEvent) => {
            if (dragging?.list === spec.id) event.preventDefault();
          },
          drop: (event: DragEvent) => drop(event, index),
        }
      : undefined;
  const remove = (event: Event, index: number) => {
    if (spec.onRemove !== undefined) {
      spec.onRemove(items[index] as Item, index);
      return;
    }
    spec.onChange(items.filter((_, i) => i !== index));
    const next = Math.min(index, items.length - 2);
    void afterRender(event, (root) =>
      root.getElementById(next >= 0 ? rowAction(next, 'remove') : `${spec.id}-add`)?.focus(),
    );
  };
  const add = (event: Event, newItem: () => Item) => {
    spec.onChange([...items, newItem()]);
    void afterRender(event, (root) => root.getElementById(spec.firstFieldId?.(items.length) ?? '')?.focus());
  };
  return html`<fieldset part="field statements" class="field statements" aria-describedby=${spec.hint ? `${spec.id}-hint` : nothing}>
    <legend part="label">${spec.legend}</legend>
    ${spec.hint ? html`<p part="hint" class="hint" id="${spec.id}-hint">${spec.hint}</p>` : nothing}
    <ol class="statement-rows">
      ${items.map((item, index) => {
        const name = spec.name(item, index);
        const first = index === 0;
        const last = index === items.length - 1;
        const drag = dragHandlers(index);
        return html`<li
          part="statement"
          class="statement"
          draggable=${drag === undefined ? nothing : 'true'}
          @dragstart=${drag?.start}
          @dragover=${drag?.over}
          @drop=${drag?.drop}
        >
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
              ${(spec.removeLabel ?? t.statementRemove)(name)}
            </button>
          </div>
        </li>`;
      })}
    </ol>
    ${
      spec.newItem === undefined
        ? nothing
        : html`<button type="button" part="add" id="${spec.id}-add" @click=${(event: Event) => add(event, spec.newItem as () => Item)}>
          ${spec.addLabel}
        </button>`
    }
    <p class="visually-hidden" role="status" id="${spec.id}-status"></p>
  </fieldset>`;
}
