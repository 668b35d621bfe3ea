import { html, type TemplateResult } from 'lit';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';

/** What is about to be unassigned. */
export interface PendingUnassign {
  readonly type: 'user' | 'group';
  readonly id: string;
  readonly name: string;
}

/**
 * The unassign confirm, a modal `<dialog>` (shown by the host with `showModal()`, so focus is
 * trapped and Escape cancels). Cancel is first and gets focus: the safe choice is the default.
 */
export function renderConfirm(
  pending: PendingUnassign | undefined,
  appLabel: string,
  handlers: { readonly onConfirm: () => void; readonly onCancel: () => void },
  t: AssignmentsTerms,
): TemplateResult {
  return html`<dialog
    part="confirm"
    class="confirm"
    id="confirm"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-body"
    @cancel=${handlers.onCancel}
  >
    <h4 id="confirm-title">${pending === undefined ? '' : t.unassignTitle(pending.name, appLabel)}</h4>
    <p id="confirm-body">${pending?.type === 'group' ? t.unassignGroupBody : t.unassignPersonBody}</p>
    <div class="actions">
      <button type="button" part="confirm-cancel" autofocus @click=${handlers.onCancel}>${t.assignCancel}</button>
      <button type="button" part="confirm-unassign" class="danger" @click=${handlers.onConfirm}>${t.unassignConfirm}</button>
    </div>
  </dialog>`;
}
