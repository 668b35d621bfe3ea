import type { ConfigIssue } from '../errors.js';

type Path = ConfigIssue['path'];

/** The three Okta SWA payload shapes, each keeping the sign-on fields somewhere else. */
export type SwaWireShape = 'AUTO_LOGIN' | 'template_swa' | 'template_swa3field';

// Credential fields whose Okta name differs (the others keep theirs under `credentials`).
const CREDENTIALS: Readonly<Record<string, Path>> = {
  sharedUsername: ['userName'],
  sharedPassword: ['password', 'value'],
};

const SIGN_ON: Readonly<Record<SwaWireShape, { readonly at: Path; readonly names: Readonly<Record<string, string>> }>> =
  {
    AUTO_LOGIN: { at: ['settings', 'signOn'], names: {} },
    template_swa: {
      at: ['settings', 'app'],
      names: {
        loginUrl: 'url',
        usernameSelector: 'usernameField',
        passwordSelector: 'passwordField',
        submitSelector: 'buttonField',
      },
    },
    template_swa3field: {
      at: ['settings', 'app'],
      names: { loginUrl: 'targetURL', usernameSelector: 'userNameSelector', submitSelector: 'buttonSelector' },
    },
  };

/**
 * An SWA config path (`['loginUrl']`) as the path of the Okta payload field it was read from
 * (`['settings', 'app', 'targetURL']` for a three-field app), so a refusal names what the caller sent.
 */
export function swaWirePath(path: Path, shape: SwaWireShape): Path {
  const [field, ...rest] = path;
  if (typeof field !== 'string' || field === 'label') return path;
  if (field === 'syncPassword') return ['features'];
  if (field === 'credentials') {
    const [key, ...tail] = rest;
    // The template is one string on the wire, however the config splits it.
    if (key === 'applicationUsername') return ['credentials', 'userNameTemplate'];
    const renamed = typeof key === 'string' && Object.hasOwn(CREDENTIALS, key) ? CREDENTIALS[key] : undefined;
    return ['credentials', ...(renamed ?? rest.slice(0, 1)), ...tail];
  }
  if (field === 'extraField') {
    return ['settings', 'app', rest[0] === 'value' ? 'extraFieldValue' : 'extraFieldSelector'];
  }
  const { at, names } = SIGN_ON[shape];
  return [...at, (Object.hasOwn(names, field) ? names[field] : undefined) ?? field, ...rest];
}
