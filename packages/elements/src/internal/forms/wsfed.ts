import { html, type TemplateResult } from 'lit';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderField, selectInput } from '../field.js';
import { configCheckbox, configTextField, section } from './fields.js';
import { type ConfigValues, type FormContext, text } from './form-context.js';

const NAME_ID_FORMATS = ['unspecified', 'emailAddress', 'x509SubjectName', 'persistent', 'transient'] as const;
const AUTHN_CONTEXTS = [
  'PasswordProtectedTransport',
  'Password',
  'TLSClient',
  'X509',
  'unspecified',
  'Kerberos',
  'windows',
] as const;
const GROUP_VALUE_FORMATS = ['windowsDomainQualifiedName', 'samAccountName', 'dn'] as const;
const USERNAME_ATTRIBUTES = ['username', 'upn', 'upnAndUsername', 'none'] as const;

/** A select bound to `values[key]` whose options are `keys`, labelled by `labels`. */
function configSelect(
  ctx: FormContext,
  values: ConfigValues,
  key: string,
  label: string,
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
): TemplateResult {
  const path = [...ctx.base, key];
  return renderField({ id: fieldId(path), label, error: ctx.error(path), t: ctx.t }, (aria) =>
    selectInput(
      aria,
      text(values, key) || (keys[0] ?? ''),
      keys.map((value) => ({ value, label: labels[value] ?? value })),
      (value) => ctx.change({ [key]: value }),
    ),
  );
}

/** WS-Federation ("Template WS Fed"): site and reply URLs, realm, audience, claims. */
export function renderWsfedForm(values: ConfigValues, ctx: FormContext): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  return html`${section(t.wsfedSettings, [
    configTextField(ctx, values, 'siteUrl', t.wsfedSiteUrl, { type: 'url' }),
    configTextField(ctx, values, 'replyUrl', t.wsfedReplyUrl, { type: 'url', hint: t.wsfedReplyUrlHint }),
    configCheckbox(ctx, values, 'allowReplyUrlOverride', t.wsfedReplyOverride),
    configTextField(ctx, values, 'realm', t.wsfedRealm, { optional: true, hint: t.wsfedRealmHint }),
    configTextField(ctx, values, 'audienceRestriction', t.wsfedAudience),
    configSelect(ctx, values, 'nameIdFormat', t.samlNameIdFormat, NAME_ID_FORMATS, t.samlNameIdFormats),
    configSelect(ctx, values, 'authnContextClassRef', t.wsfedAuthnContext, AUTHN_CONTEXTS, t.wsfedAuthnContexts),
  ])}
  ${section(t.wsfedClaims, [
    configSelect(
      ctx,
      values,
      'usernameAttribute',
      t.wsfedUsernameAttribute,
      USERNAME_ATTRIBUTES,
      t.wsfedUsernameAttributes,
    ),
    configTextField(ctx, values, 'groupFilter', t.wsfedGroupFilter, { optional: true, hint: t.wsfedGroupFilterHint }),
    configTextField(ctx, values, 'groupName', t.wsfedGroupName, { optional: true }),
    configSelect(
      ctx,
      values,
      'groupValueFormat',
      t.wsfedGroupValueFormat,
      GROUP_VALUE_FORMATS,
      t.wsfedGroupValueFormats,
    ),
  ])}`;
}
