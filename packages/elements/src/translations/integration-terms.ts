import type { Translation } from './en.js';
import type { WizardTranslation } from './en-wizard.js';
import { type FormsTerms, withFormsTerms } from './forms-terms.js';
import { type IntegrationTerms, integrationEn } from './integration.en.js';

const merged = new WeakMap<Translation, FormsTerms & IntegrationTerms>();

/**
 * `dictionary` with English `<ik-integration>`, wizard and form strings wherever it has none: a
 * registered dictionary (the French one carries them) wins, English is only the fallback.
 */
export function withIntegrationTerms(
  dictionary: Translation & Partial<WizardTranslation & IntegrationTerms>,
): FormsTerms & IntegrationTerms {
  let terms = merged.get(dictionary);
  if (terms === undefined) {
    terms = { ...withFormsTerms(dictionary), ...integrationEn, ...(dictionary as Partial<IntegrationTerms>) };
    merged.set(dictionary, terms);
  }
  return terms;
}
