import type { Issue } from '@integrakit/core/flows';

// Okta's SAML wire names where they differ from the protocol module's config names.
const SAML_WIRE: Readonly<Record<string, string>> = {
  ssoAcsUrl: 'ssoUrl',
  audienceRestriction: 'audience',
  subjectNameIdFormat: 'nameIdFormat',
  subjectNameIdTemplate: 'nameIdTemplate',
  samlAssertionLifetimeSeconds: 'assertionLifetimeSeconds',
};

/**
 * Where a field the server names (`label`, `settings.app.subdomain`, `settings.signOn.ssoAcsUrl`,
 * …) lives in the add flow, so its error lands next to that field. Unknown fields map to the root.
 */
export function addFlowPath(wire: readonly string[]): readonly (string | number)[] {
  const [head, group, key, ...rest] = wire;
  if (head === 'label' || head === 'visibility') return wire;
  if (head === 'settings' && group === 'app' && key !== undefined) return ['tenantSettings', key];
  if (head === 'settings' && group === 'signOn' && key !== undefined) {
    return ['signOn', 'config', (Object.hasOwn(SAML_WIRE, key) ? SAML_WIRE[key] : undefined) ?? key, ...rest];
  }
  if (head === 'credentials' && group === 'userNameTemplate') return ['username', 'template'];
  return [];
}

/** The add-flow step that owns the field at `issue.path`. */
export function addFlowStep(issue: Issue): string | undefined {
  const [head, second] = issue.path;
  if (head === 'label' || head === 'tenantSettings' || head === 'visibility') return 'general';
  if (head === 'signOn') return 'signOn';
  if (head === 'username') return second === 'updateOn' ? 'usernameUpdate' : 'username';
  if (head === 'revealPassword') return 'passwordReveal';
  return undefined;
}
