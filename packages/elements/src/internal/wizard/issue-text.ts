import type { Issue } from '@integrakit/core/flows';
import type { WizardTerms } from '../../translations/en-wizard.js';

/**
 * An issue in the Admin Console's words: the dictionary's text for its code when there is one,
 * else core's message (the rule alone; the field shows where). Never zod's own text.
 */
export function issueText(issue: Issue, t: Pick<WizardTerms, 'wizardIssues'>): string {
  const known = t.wizardIssues[issue.code];
  if (known !== undefined) return known;
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}
