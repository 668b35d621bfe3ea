import { html, nothing, type TemplateResult } from 'lit';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderCheckbox, renderChoiceGroup } from '../field.js';
import { renderListEditor } from '../list-editor.js';
import { configTextField, section } from './fields.js';
import { type ConfigValues, type FormContext, strings } from './form-context.js';

/** A URI list of the OIDC config (`redirectUris`, `postLogoutRedirectUris`). */
function uriList(
  ctx: FormContext,
  values: ConfigValues,
  key: string,
  label: string,
  options: { hint: string; optional: boolean },
) {
  const path = [...ctx.base, key];
  const items = strings(values, key);
  return renderListEditor({
    id: fieldId(path),
    label,
    hint: options.hint,
    optional: options.optional,
    error: ctx.error(path),
    items,
    itemId: (index) => fieldId([...path, index]),
    itemError: (index) => ctx.error([...path, index]),
    onChange: (next) => ctx.change({ [key]: next }),
    t: ctx.t,
  });
}

/**
 * The OIDC settings of a new app integration ("New Web App Integration"): grant types allowed for
 * the application type (`grants`, from core's `grantChoices`), sign-in and sign-out redirect URIs,
 * the logo, and where trusted origins go. A service has no redirect URIs.
 */
export function renderOidcForm(
  values: ConfigValues,
  oidc: { readonly grants: readonly string[]; readonly redirects: boolean },
  ctx: FormContext,
): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const grants = strings(values, 'grantTypes');
  const { redirects } = oidc;
  const wildcard = values.wildcardRedirect === 'SUBDOMAIN';
  return html`${section(t.oidcGeneral, [
    configTextField(ctx, values, 'logoUri', t.oidcLogo, { optional: true, hint: t.oidcLogoHint, type: 'url' }),
    renderChoiceGroup({
      id: fieldId([...ctx.base, 'grantTypes']),
      type: 'checkbox',
      label: t.oidcGrantTypes,
      hint: t.oidcGrantTypesHint,
      error: ctx.error([...ctx.base, 'grantTypes']),
      t,
      choices: oidc.grants.map((grant) => ({ value: grant, label: t.oidcGrant[grant] ?? grant })),
      selected: grants,
      onChange: (grant, checked) =>
        ctx.change({ grantTypes: checked ? [...grants, grant] : grants.filter((item) => item !== grant) }),
    }),
  ])}
  ${
    redirects
      ? section(t.oidcLogin, [
          uriList(ctx, values, 'redirectUris', t.oidcRedirectUris, { hint: t.oidcRedirectUrisHint, optional: false }),
          renderCheckbox({
            id: fieldId([...ctx.base, 'wildcardRedirect']),
            label: t.oidcWildcard,
            error: ctx.error([...ctx.base, 'wildcardRedirect']),
            t,
            checked: wildcard,
            onChange: (checked) => ctx.change({ wildcardRedirect: checked ? 'SUBDOMAIN' : undefined }),
          }),
          uriList(ctx, values, 'postLogoutRedirectUris', t.oidcLogoutUris, {
            hint: t.oidcLogoutUrisHint,
            optional: true,
          }),
        ])
      : nothing
  }
  ${section(t.oidcTrustedOrigins, html`<p part="hint" class="hint">${t.oidcTrustedOriginsHint}</p>`)}`;
}
