import type { Translation } from './en.js';
import { enWizard, type WizardTerms, type WizardTranslation } from './en-wizard.js';
import { formsEn } from './forms.en.js';

/** A dictionary with the wizard and protocol-form strings: what `<ik-create-integration>` and the forms read. */
export type FormsTerms = WizardTerms & typeof formsEn;

const merged = new WeakMap<Translation, FormsTerms>();

/**
 * `dictionary` with English wizard and form strings wherever it has none. Kept apart from
 * `withWizardTerms` so the add wizard does not bundle the create wizard's strings.
 */
export function withFormsTerms(dictionary: Translation & Partial<WizardTranslation & typeof formsEn>): FormsTerms {
  let terms = merged.get(dictionary);
  if (terms === undefined) {
    terms = { ...enWizard, ...formsEn, ...dictionary };
    merged.set(dictionary, terms);
  }
  return terms;
}
