import { html, nothing, type TemplateResult } from 'lit';
import { type PickerController, type PickerOption, renderPicker } from '../../internal/picker.js';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';
import { type PendingPerson, renderAssignPerson } from './assign-person.js';

/** Which assign panel is open, if any. */
export type Panel = 'people' | 'groups' | undefined;

/** What {@link renderPanel} shows and where its events go. */
export interface PanelSpec {
  readonly panel: Panel;
  /** A refusal of the last assign, shown at the panel's top. */
  readonly error: string | undefined;
  /** The person picked, whose app username is being confirmed. */
  readonly pending: PendingPerson | undefined;
  readonly peoplePicker: PickerController;
  readonly groupPicker: PickerController;
  readonly onPickPerson: (option: PickerOption) => void;
  readonly onPickGroup: (option: PickerOption) => void;
  readonly onUsernameInput: (value: string) => void;
  readonly onAssignPerson: () => void;
  readonly onCancelPerson: () => void;
  readonly onClose: () => void;
  readonly t: AssignmentsTerms;
}

/** **Assign to People** and **Assign to Groups**, the buttons that open their panels. */
export function renderToolbar(
  panel: Panel,
  onOpen: (panel: Exclude<Panel, undefined>, event: Event) => void,
  t: AssignmentsTerms,
): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    ${(['people', 'groups'] as const).map(
      (kind) => html`<button
        type="button"
        part="assign-${kind}"
        aria-expanded=${panel === kind ? 'true' : 'false'}
        aria-controls="panel"
        @click=${(event: Event) => onOpen(kind, event)}
      >
        ${kind === 'people' ? t.assignPeople : t.assignGroups}
      </button>`,
    )}
  </div>`;
}

function renderPanelBody(spec: PanelSpec): TemplateResult {
  const { t } = spec;
  if (spec.panel === 'groups')
    return renderPicker({
      id: 'groups',
      label: t.assignGroupsSearch,
      optionsLabel: t.assignGroupsOptions,
      controller: spec.groupPicker,
      onPick: spec.onPickGroup,
      t,
    });
  if (spec.pending === undefined)
    return renderPicker({
      id: 'people',
      label: t.assignPeopleSearch,
      optionsLabel: t.assignPeopleOptions,
      controller: spec.peoplePicker,
      onPick: spec.onPickPerson,
      t,
    });
  return renderAssignPerson({
    pending: spec.pending,
    onInput: spec.onUsernameInput,
    onSubmit: spec.onAssignPerson,
    onCancel: spec.onCancelPerson,
    t,
  });
}

/** The open assign panel: a directory picker (or the picked person's username form) and **Close**. */
export function renderPanel(spec: PanelSpec): TemplateResult {
  const { t, panel } = spec;
  if (panel === undefined) return html`<div id="panel" hidden></div>`;
  const error =
    spec.error === undefined
      ? nothing
      : html`<p part="error" class="error" id="panel-error" role="alert" tabindex="-1">${spec.error}</p>`;
  return html`<section part="panel" class="panel" id="panel" aria-labelledby="panel-heading">
    <h3 id="panel-heading">${panel === 'people' ? t.assignPeople : t.assignGroups}</h3>
    ${error} ${renderPanelBody(spec)}
    <button type="button" part="close" class="close" @click=${spec.onClose}>${t.assignClose}</button>
  </section>`;
}
