import { html, nothing, type TemplateResult } from 'lit';
import type { WizardTerms } from '../../translations/en-wizard.js';
import { focusField, renderErrorSummary } from './error-summary.js';
import type { FlowController } from './flow-controller.js';
import { renderStepIndicator, stepTitle } from './step-indicator.js';
import { stepPane } from './step-pane.js';

/** The dictionary entries the wizard frame reads. */
export type WizardFrameTerms = Pick<
  WizardTerms,
  | 'wizardProgress'
  | 'wizardCompleted'
  | 'wizardNotCompleted'
  | 'wizardStepTitles'
  | 'wizardStepHeading'
  | 'wizardErrorTitle'
  | 'wizardIssueAt'
  | 'wizardIssues'
  | 'wizardNext'
  | 'wizardBack'
  | 'wizardCancel'
  | 'wizardDone'
  | 'wizardBusy'
  | 'wizardLoading'
  | 'wizardCancelTitle'
  | 'wizardCancelBody'
  | 'wizardDiscard'
  | 'wizardKeepEditing'
>;

/** One step-indicator callback per wizard, so its unchanged steps skip re-rendering. */
const goTos = new WeakMap<FlowController<unknown>, (step: string) => void>();

/** What a wizard element adds to the frame. */
export interface WizardContent {
  /** The current step's fields (rendered by `components/<wizard>/steps/<step-id>.ts`), one template per step. */
  readonly body: TemplateResult | typeof nothing;
  /** Heading once the flow is Done (the result view), instead of "Step n of m". */
  readonly doneHeading?: string;
  /** A status line under the buttons (progress of the final submit, the result). */
  readonly status?: string;
}

/**
 * Everything around a step, for any {@link FlowController}: step indicator (gone once Done: the
 * created app's steps are no longer places to go back to), the focusable heading
 * "Step 2 of 5: Sign-On Options" (`#step-heading`), the error summary, the step's body in a
 * `<form novalidate>` whose only submit button is **Next** / **Done** (so Enter in a field is
 * Next), **Back** (never validates), **Cancel** with a confirmation dialog when values were
 * entered, `aria-busy` while the final submit runs or Next waits for the step's protocol module, and a polite status line.
 */
export function renderWizard<Draft>(
  wizard: FlowController<Draft>,
  root: ShadowRoot | null,
  t: WizardFrameTerms,
  content: WizardContent,
): TemplateResult {
  const current = wizard.current();
  const steps = wizard.steps();
  const heading =
    wizard.done || current === undefined
      ? (content.doneHeading ?? '')
      : t.wizardStepHeading(current.number, steps.length, stepTitle(current, t));
  const last = wizard.isLast();
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    wizard.next();
  };
  // Next never submits the form: cancelling its click (also the one Enter in a field fires) skips
  // the browser's form submission, whose preparation (autofill's pass over the fields) costs more
  // than the flow's own Next. A submit from elsewhere (`requestSubmit()`) still reaches `onSubmit`.
  const onNext = (event: MouseEvent) => {
    event.preventDefault();
    wizard.next();
  };
  const closeDialog = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
  let goTo = goTos.get(wizard);
  if (goTo === undefined) {
    goTo = (step: string) => wizard.goTo(step);
    goTos.set(wizard, goTo);
  }
  return html`<div part="wizard" class="wizard">
    ${wizard.done ? nothing : renderStepIndicator(steps, t, goTo)}
    <h2 id="step-heading" part="step-heading" class="step-heading" tabindex="-1">${heading}</h2>
    ${renderErrorSummary(wizard.issues, t, root, (item) => focusField(root, item.path))}
    <form novalidate part="form" class="form" aria-labelledby="step-heading" aria-busy=${wizard.busy ? 'true' : 'false'} @submit=${onSubmit}>
      ${
        // Each step's DOM is kept when the user leaves it, so Back and Next re-attach it instead of
        // building it again (the values are still bound from the flow's state).
        stepPane(wizard.state?.step ?? '', content.body)
      }
      ${
        wizard.done
          ? nothing
          : html`<div part="nav" class="nav">
              <button part="next" class="primary" type="submit" @click=${onNext}>${last ? t.wizardDone : t.wizardNext}</button>
              ${
                wizard.canGoBack()
                  ? html`<button part="back" type="button" @click=${() => wizard.back()}>${t.wizardBack}</button>`
                  : nothing
              }
              <button part="cancel" type="button" class="cancel" @click=${() => wizard.cancel()}>${t.wizardCancel}</button>
            </div>`
      }
    </form>
    <p part="status" class="status" role="status" aria-live="polite">${wizard.waiting ? t.wizardLoading : wizard.busy ? t.wizardBusy : (content.status ?? '')}</p>
    <dialog id="cancel-confirm" part="cancel-confirm" class="confirm" aria-labelledby="cancel-title" aria-describedby="cancel-body"
      @close=${() => wizard.keepEditing()}>
      <h3 id="cancel-title">${t.wizardCancelTitle}</h3>
      <p id="cancel-body">${t.wizardCancelBody}</p>
      <div class="nav">
        <button type="button" class="danger" @click=${(event: Event) => {
          closeDialog(event);
          wizard.cancel();
        }}>${t.wizardDiscard}</button>
        <button type="button" autofocus @click=${closeDialog}>${t.wizardKeepEditing}</button>
      </div>
    </dialog>
  </div>`;
}
