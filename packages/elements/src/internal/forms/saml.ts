import { html, nothing, type TemplateResult } from 'lit';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderCheckbox, renderField, selectInput } from '../field.js';
import { configTextField, section, unlessChanged } from './fields.js';
import { type ConfigValues, type FormContext, text } from './form-context.js';
import { renderAttributeStatements, renderGroupAttributeStatements } from './saml-statements.js';

/** Name ID formats in the Admin Console's order (the SAML module's keys). */
const NAME_ID_FORMATS = ['unspecified', 'emailAddress', 'x509SubjectName', 'persistent', 'transient'] as const;

/** What the SAML form shows around its fields: the metadata import and the assertion preview. */
export interface SamlExtras {
  /** Renders "Paste or upload SP metadata" (owned by the element: it runs the import). */
  readonly metadata: TemplateResult;
  /** Renders "Preview the SAML assertion". */
  readonly preview: TemplateResult;
}

/**
 * "Configure SAML": single sign-on URL, recipient and destination, audience URI, default
 * RelayState, name ID format, and the attribute and group attribute statements editors.
 */
export function renderSamlForm(values: ConfigValues, ctx: FormContext, extras: SamlExtras): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const sameUrls = values.recipient === undefined && values.destination === undefined;
  const nameIdPath = [...ctx.base, 'nameIdFormat'];
  const nameIdFormat = text(values, 'nameIdFormat') || 'unspecified';
  const nameIdError = ctx.error(nameIdPath);
  const ssoUrl = text(values, 'ssoUrl');
  return html`${extras.metadata}
    ${section(t.samlSettings, [
      configTextField(ctx, values, 'ssoUrl', t.samlSsoUrl, { hint: t.samlSsoUrlHint, type: 'url' }),
      unlessChanged(ctx, [sameUrls, ssoUrl, t], () =>
        renderCheckbox({
          id: fieldId([...ctx.base, 'sameUrls']),
          label: t.samlUseForRecipient,
          t,
          checked: sameUrls,
          onChange: (checked) =>
            ctx.change(
              checked ? { recipient: undefined, destination: undefined } : { recipient: ssoUrl, destination: ssoUrl },
            ),
        }),
      ),
      sameUrls
        ? html``
        : html`${configTextField(ctx, values, 'recipient', t.samlRecipient, { type: 'url' })}
          ${configTextField(ctx, values, 'destination', t.samlDestination, { type: 'url' })}`,
      configTextField(ctx, values, 'audience', t.samlAudience, { hint: t.samlAudienceHint }),
      configTextField(ctx, values, 'defaultRelayState', t.samlRelayState, {
        optional: true,
        hint: t.samlRelayStateHint,
      }),
      unlessChanged(ctx, [nameIdFormat, nameIdError, t], () =>
        renderField({ id: fieldId(nameIdPath), label: t.samlNameIdFormat, error: nameIdError, t }, (aria) =>
          selectInput(
            aria,
            nameIdFormat,
            NAME_ID_FORMATS.map((value) => ({ value, label: t.samlNameIdFormats[value] ?? value })),
            (picked) => ctx.change({ nameIdFormat: picked }),
          ),
        ),
      ),
    ])}
    ${section(t.samlStatements, [renderAttributeStatements(ctx, values), renderGroupAttributeStatements(ctx, values)])}
    ${extras.preview ?? nothing}`;
}
