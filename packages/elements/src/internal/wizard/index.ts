/**
 * The wizard shell every wizard element shares (`<ik-add-integration>`, `<ik-create-integration>`):
 *
 * - {@link FlowController}: a core flow machine on screen — state, Next/Back/goTo/update, shown
 *   issues, focus after user step changes, step events, Cancel-with-confirm, a guarded final submit.
 * - {@link renderWizard}: the frame around a step (indicator, heading, error summary, form, buttons,
 *   status line, Cancel dialog). Style it with {@link wizardStyles}.
 * - {@link renderStepIndicator}, {@link renderErrorSummary}, {@link focusField}: the frame's parts.
 * - {@link fieldId}: a field's control id from its issue path; give each control `id=${fieldId(path)}`
 *   and its error from `wizard.errorsAt(path)` through {@link issueText} so summary links find it.
 * - {@link serverIssues}: Okta error JSON (`errorCauses`) as issues, for `wizard.showIssues()`.
 *
 * A step is `components/<wizard>/steps/<step-id>.ts` exporting a render function of the state.
 */
export { focusField, renderErrorSummary } from './error-summary.js';
export { fieldId } from './field-id.js';
export { FlowController } from './flow-controller.js';
export { issueText } from './issue-text.js';
export { renderWizard, type WizardContent, type WizardFrameTerms } from './render-wizard.js';
export { type OktaErrorLike, serverIssues } from './server-issues.js';
export { renderStepIndicator, stepTitle } from './step-indicator.js';
export { wizardStyles } from './wizard.styles.js';
