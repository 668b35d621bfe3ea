import type { StepInfo } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { WizardTerms } from '../../translations/en-wizard.js';

/** A step's title in the page's language: the dictionary's, else core's (English). */
export function stepTitle(step: Pick<StepInfo, 'id' | 'title'>, t: Pick<WizardTerms, 'wizardStepTitles'>): string {
  return t.wizardStepTitles[step.id] ?? step.title;
}

/**
 * The progress list: `<ol>` with `aria-current="step"` on the current step and a hidden
 * "completed"/"not completed" on the others. Completed steps are buttons calling `onGoTo`;
 * upcoming ones are text. Render from the flow's `steps()` on each render (steps can drop out).
 * A step re-renders only when its number, title, status, terms or `onGoTo` change: pass the same
 * `onGoTo` on each render, or every step re-renders.
 */
export function renderStepIndicator(
  steps: readonly StepInfo[],
  t: Pick<WizardTerms, 'wizardProgress' | 'wizardCompleted' | 'wizardNotCompleted' | 'wizardStepTitles'>,
  onGoTo: (step: string) => void,
): TemplateResult {
  return html`<ol part="steps" class="steps" aria-label=${t.wizardProgress}>
    ${steps.map((step) => {
      const title = stepTitle(step, t);
      // A step change moves two steps and a keystroke none: the others are left as they are.
      const deps = [step.id, step.number, step.status, title, t.wizardCompleted, t.wizardNotCompleted, onGoTo];
      return guard(deps, () => renderStep(step, title, t, onGoTo));
    })}
  </ol>`;
}

function renderStep(
  step: StepInfo,
  title: string,
  t: Pick<WizardTerms, 'wizardCompleted' | 'wizardNotCompleted'>,
  onGoTo: (step: string) => void,
): TemplateResult {
  const label = html`<span class="step-number" aria-hidden="true">${step.number}</span>
    <span class="step-title">${title}</span>`;
  const state =
    step.status === 'current'
      ? nothing
      : html`<span class="visually-hidden">, ${step.status === 'complete' ? t.wizardCompleted : t.wizardNotCompleted}</span>`;
  return html`<li part="step" class="step ${step.status}" aria-current=${step.status === 'current' ? 'step' : nothing}>
    ${
      step.status === 'complete'
        ? html`<button type="button" class="link step-link" @click=${() => onGoTo(step.id)}>${label}${state}</button>`
        : html`${label}${state}`
    }
  </li>`;
}
