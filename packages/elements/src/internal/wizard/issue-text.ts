import type { Issue } from '@integrakit/core/flows';
import type { WizardTerms } from '../../translations/en-wizard.js';

/**
 * An issue in the Admin Console's words: the dictionary's text for its code when there is one,
 * else core's message without its `path: ` prefix. Never zod's own text.
 */
export function issueText(issue: Issue, t: Pick<WizardTerms, 'wizardIssues'>): string {
  const known = t.wizardIssues[issue.code];
  if (known !== undefined) return known;
  const colon = issue.message.indexOf(': ');
  const text = colon >= 0 && !/\s/.test(issue.message.slice(0, colon)) ? issue.message.slice(colon + 2) : issue.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
