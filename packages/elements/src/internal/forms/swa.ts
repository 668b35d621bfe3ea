import { html, type TemplateResult } from 'lit';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderChoiceGroup } from '../field.js';
import { configTextField, section } from './fields.js';
import { type ConfigValues, type FormContext, record, text } from './form-context.js';

const MODES = ['BROWSER_PLUGIN', 'AUTO_LOGIN'] as const;
const SCHEMES = [
  'EDIT_USERNAME_AND_PASSWORD',
  'ADMIN_SETS_CREDENTIALS',
  'EDIT_PASSWORD_ONLY',
  'SHARED_USERNAME_AND_PASSWORD',
  'EXTERNAL_PASSWORD_SYNC',
] as const;

/**
 * SWA ("Create SWA Integration"): the app's login page URL, how Okta signs in (the browser
 * plugin with the page's field selectors, or a redirect), and "Who sets the credentials".
 */
export function renderSwaForm(values: ConfigValues, ctx: FormContext): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const mode = text(values, 'mode') || 'BROWSER_PLUGIN';
  const credentials = record(values, 'credentials');
  const scheme = text(credentials, 'scheme') || 'EDIT_USERNAME_AND_PASSWORD';
  const setCredentials = (patch: ConfigValues) => ctx.change({ credentials: { ...credentials, ...patch } });
  const schemePath = [...ctx.base, 'credentials', 'scheme'];
  return html`${section(t.swaSettings, [
    configTextField(ctx, values, 'loginUrl', t.swaLoginUrl, { hint: t.swaLoginUrlHint, type: 'url' }),
    renderChoiceGroup({
      id: fieldId([...ctx.base, 'mode']),
      type: 'radio',
      label: t.swaMode,
      t,
      choices: MODES.map((value) => ({ value, label: t.swaModes[value] ?? value, description: t.swaModeHints[value] })),
      selected: [mode],
      onChange: (value) => ctx.change({ mode: value }),
    }),
    ...(mode === 'BROWSER_PLUGIN'
      ? [
          configTextField(ctx, values, 'usernameSelector', t.swaUsernameSelector, { hint: t.swaSelectorHint }),
          configTextField(ctx, values, 'passwordSelector', t.swaPasswordSelector),
          configTextField(ctx, values, 'submitSelector', t.swaSubmitSelector),
        ]
      : [configTextField(ctx, values, 'redirectUrl', t.swaRedirectUrl, { optional: true, type: 'url' })]),
  ])}
  ${section(
    t.swaCredentials,
    renderChoiceGroup({
      id: fieldId(schemePath),
      type: 'radio',
      label: t.swaScheme,
      hint: values.syncPassword === true ? t.swaSyncPasswordLock : undefined,
      error: ctx.error(schemePath),
      t,
      choices: SCHEMES.map((value) => ({ value, label: t.swaSchemes[value] ?? value })),
      selected: [scheme],
      onChange: (value) => setCredentials({ scheme: value }),
    }),
  )}`;
}
