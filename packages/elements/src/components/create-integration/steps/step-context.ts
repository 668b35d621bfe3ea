import type { CustomFlowDraft } from '@integrakit/core/flows';
import { html, type TemplateResult } from 'lit';
import type { FormContext } from '../../../internal/forms/form-context.js';
import type { FormsTerms as Translation } from '../../../translations/forms-terms.js';

/** A path into the flow's issues. */
export type IssuePath = readonly (string | number)[];

/** What every step of `<ik-create-integration>` renders from and calls back. */
export interface CreateStepContext {
  readonly draft: CustomFlowDraft;
  readonly t: Translation;
  /** The text of the first issue shown at `path` (or below it), if any. */
  readonly errorAt: (path: IssuePath) => string | undefined;
  /** The issues shown at `path` or below it; the same array while they stay the same. */
  readonly shownAt: (path: IssuePath) => unknown;
  /**
   * Sends a patch to the current step of the flow. `field` names the one field it changes, so
   * errors shown after a refused Next are rechecked for that field alone.
   */
  readonly update: (patch: unknown, field?: IssuePath) => void;
  /** The draft as it is now (read in event handlers of DOM that skipped re-rendering). */
  readonly current: () => CustomFlowDraft;
}

/** The protocol form context of a step: errors at the config's paths, changes merged into its values. */
export function formContext(
  c: CreateStepContext,
  base: IssuePath,
  change: FormContext['change'],
  current?: FormContext['current'],
): FormContext {
  return {
    t: c.t,
    base,
    error: c.errorAt,
    shownAt: c.shownAt,
    change,
    ...(current === undefined ? {} : { current }),
  };
}

/** Stands in for a step's lazily loaded part (a protocol's form, OIDC grants, the scope catalog) until it arrives. */
export function renderLoading(t: Translation): TemplateResult {
  return html`<p class="hint" role="status" data-loading>${t.createLoading}</p>`;
}
