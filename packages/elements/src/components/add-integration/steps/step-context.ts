import type { CatalogEntry } from '@integrakit/core/catalog';
import type { AddFlowDraft } from '@integrakit/core/flows';
import type { WizardTerms } from '../../../translations/en-wizard.js';

/** What every step of `<ik-add-integration>` renders from and calls back. */
export interface AddStepContext {
  readonly entry: CatalogEntry;
  readonly draft: AddFlowDraft;
  readonly t: WizardTerms;
  /** The text of the first issue shown at `path` (or below it), if any. */
  readonly errorAt: (path: readonly (string | number)[]) => string | undefined;
  /** Sends a patch to the current step of the flow. */
  readonly update: (patch: unknown) => void;
}
