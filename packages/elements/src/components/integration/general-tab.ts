import type { Issue } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { configCheckbox, configTextField, section } from '../../internal/forms/fields.js';
import type { FormContext } from '../../internal/forms/form-context.js';
import { focusField, renderErrorSummary } from '../../internal/wizard/error-summary.js';
import { issueText } from '../../internal/wizard/issue-text.js';
import type { GeneralState, GeneralValues, Terms } from './view.js';

/** What the General tab's buttons and fields do. */
export interface GeneralActions {
  readonly edit: () => void;
  readonly change: (patch: Partial<GeneralValues>) => void;
  readonly save: () => void;
  readonly cancel: () => void;
  readonly reload: () => void;
}

/** Okta's field paths in an error cause, as the form's field keys. */
export function generalPath(wirePath: readonly string[]): readonly string[] {
  const path = wirePath.join('.');
  if (path === 'visibility.hide.web') return ['hideWeb'];
  if (path === 'visibility.hide.iOS') return ['hideIOS'];
  if (path === 'visibility.autoLaunch') return ['autoLaunch'];
  return wirePath;
}

const sameKey = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, index) => part === b[index]);

function renderRead(values: GeneralValues, t: Terms, edit: () => void): TemplateResult {
  const yesNo = (value: boolean) => (value ? t.intYes : t.intNo);
  return html`<dl part="settings" class="settings">
      <div class="fact"><dt>${t.intLabel}</dt><dd>${values.label}</dd></div>
      <div class="fact"><dt>${t.intHideWeb}</dt><dd>${yesNo(values.hideWeb)}</dd></div>
      <div class="fact"><dt>${t.intHideIOS}</dt><dd>${yesNo(values.hideIOS)}</dd></div>
      <div class="fact"><dt>${t.intAutoLaunch}</dt><dd>${yesNo(values.autoLaunch)}</dd></div>
    </dl>
    <button type="button" part="edit" id="general-edit" @click=${edit}>${t.intEdit}</button>`;
}

/**
 * **General**: the app's settings as a read view, and with **Edit** the same fields and error
 * summary the wizards use; Save sends `PUT /api/v1/apps/{id}` based on the version read, so a
 * stale save shows a conflict instead of overwriting someone else's change.
 */
export function renderGeneralTab(
  read: GeneralValues,
  state: GeneralState,
  t: Terms,
  root: ShadowRoot | null,
  actions: GeneralActions,
): TemplateResult {
  if (state.mode === 'read') return section(t.intGeneralSettings, renderRead(read, t, actions.edit));
  const issues: readonly Issue[] = state.issues;
  const ctx: FormContext = {
    t,
    base: [],
    error: (path) => {
      const found = issues.find((item) => sameKey(item.path, path));
      return found === undefined ? undefined : issueText(found, t);
    },
    change: (patch) => actions.change(patch as Partial<GeneralValues>),
  };
  const values = state.values as unknown as Readonly<Record<string, unknown>>;
  return section(
    t.intGeneralSettings,
    html`${
      state.conflict
        ? html`<div part="conflict" class="conflict" role="alert" id="conflict" tabindex="-1">
          <p>${t.intConflict}</p>
          <button type="button" part="reload" @click=${actions.reload}>${t.intReload}</button>
        </div>`
        : nothing
    }
    ${renderErrorSummary(issues, t, root, (item) => focusField(root, item.path))}
    <form
      part="form"
      novalidate
      aria-busy=${state.saving ? 'true' : 'false'}
      @submit=${(event: Event) => {
        event.preventDefault();
        actions.save();
      }}
    >
      ${configTextField(ctx, values, 'label', t.intLabel)}
      ${configCheckbox(ctx, values, 'hideWeb', t.intHideWeb)}
      ${configCheckbox(ctx, values, 'hideIOS', t.intHideIOS)}
      ${configCheckbox(ctx, values, 'autoLaunch', t.intAutoLaunch)}
      <div class="nav">
        <button type="submit" part="save" class="primary">${state.saving ? t.intSaving : t.intSave}</button>
        <button type="button" part="cancel" @click=${actions.cancel}>${t.intCancel}</button>
      </div>
    </form>`,
  );
}
