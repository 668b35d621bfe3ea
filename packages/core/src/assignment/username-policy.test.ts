// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { describe, expect, it } from 'vitest';
import { appUsernameProblem, assignmentUsername, MAX_APP_USERNAME_LENGTH } from './username-policy.js';

const ada = { login: 'ada@example.com', email: 'ada.lovelace@mail.example', firstName: 'Ada', lastName: 'Lovelace' };

describe('assignmentUsername', () => {
  it('prefills a built-in format and lets the admin edit it', () => {
    expect(assignmentUsername({ type: 'BUILT_IN', template: '${source.login}' }, ada)).toEqual({
      mode: 'editable',
      value: 'ada@example.com',
    });
    expect(assignmentUsername({ type: 'BUILT_IN', template: '${fn:substringBefore(source.email, "@")}' }, ada)).toEqual(
      {
        mode: 'editable',
        value: 'ada.lovelace',
      },
    );
    // Okta's default when an app has no template at all.
    expect(assignmentUsername(undefined, ada)).toEqual({ mode: 'editable', value: 'ada@example.com' });
  });

  it('computes a custom expression and keeps it read-only', () => {
    expect(assignmentUsername({ type: 'CUSTOM', template: 'String.toUpperCase(user.firstName)' }, ada)).toEqual({
      mode: 'readonly',
      value: 'ADA',
    });
  });

  it('requires a username when the format is None or gives nothing for this person', () => {
    expect(assignmentUsername({ type: 'NONE' }, ada)).toEqual({ mode: 'required', value: '' });
    expect(assignmentUsername({ type: 'BUILT_IN', template: '${source.email}' }, { login: 'x@example.com' })).toEqual({
      mode: 'required',
      value: '',
    });
    expect(assignmentUsername({ type: 'CUSTOM', template: 'user.nickName' }, ada)).toEqual({
      mode: 'required',
      value: '',
    });
  });

  it('does not guess for a format it cannot read', () => {
    expect(assignmentUsername({ type: 'BUILT_IN', template: '${source.nothing}' }, ada)).toEqual({
      mode: 'required',
      value: '',
    });
    expect(assignmentUsername({ type: 'CUSTOM', template: 'user.firstName +' }, ada)).toEqual({
      mode: 'required',
      value: '',
    });
  });
});

describe('appUsernameProblem', () => {
  it.each([
    ['required', '', 'username_required'],
    ['required', '   ', 'username_required'],
    ['editable', '', 'invalid_username'],
    ['editable', 'x'.repeat(MAX_APP_USERNAME_LENGTH + 1), 'invalid_username'],
    ['editable', 'x'.repeat(MAX_APP_USERNAME_LENGTH), undefined],
    ['required', 'ada', undefined],
  ] as const)('%s %j → %s', (mode, value, expected) => {
    expect(appUsernameProblem(mode, value)).toBe(expected);
  });
});
