import type { ConnectorReport } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { withProtocolFormsTerms } from '../../translations/protocol-forms.en.js';
import { fieldId, renderCheckbox, renderChoiceGroup, renderField, selectInput } from '../field.js';
import { configTextField, section } from './fields.js';
import { type ConfigValues, type FormContext, record, text } from './form-context.js';
import { renderConnectorReport } from './scim-report.js';

/** Provisioning features in the Admin Console's order (the model's keys). */
const FEATURES = [
  'import',
  'importGroups',
  'create',
  'update',
  'groupPush',
  'deactivate',
  'reactivate',
  'syncPassword',
] as const;
const AUTH_TYPES = ['bearer', 'basic', 'oauth2'] as const;

/** The provisioning step's values, as core's custom flow holds them. */
export interface ProvisioningValues {
  readonly enabled: boolean;
  readonly connection: ConfigValues;
  readonly features: Readonly<Record<string, boolean>>;
}

/** Where the connector test is, for the element to render. */
export type ConnectorTestState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly report: ConnectorReport }
  | { readonly status: 'error'; readonly message: string };

/** What the SCIM form sends back. */
export interface ScimHandlers {
  readonly change: (patch: {
    enabled?: boolean;
    connection?: ConfigValues;
    features?: Record<string, boolean>;
  }) => void;
  readonly test: () => void;
}

/** The auth fields of one mode; secrets are password inputs and never rendered as text. */
function authFields(ctx: FormContext, auth: ConfigValues, type: string): TemplateResult[] {
  const t = withProtocolFormsTerms(ctx.t);
  if (type === 'basic') {
    return [
      configTextField(ctx, auth, 'username', t.scimUsername),
      configTextField(ctx, auth, 'password', t.scimPassword, { type: 'password' }),
    ];
  }
  if (type === 'oauth2') {
    return [
      configTextField(ctx, auth, 'tokenUrl', t.scimTokenUrl, { type: 'url' }),
      configTextField(ctx, auth, 'clientId', t.scimClientId),
      configTextField(ctx, auth, 'clientSecret', t.scimClientSecret, { type: 'password' }),
    ];
  }
  return [configTextField(ctx, auth, 'token', t.scimToken, { type: 'password', hint: t.scimTokenHint })];
}

/**
 * "Provisioning": turn SCIM on, the connector's base URL, unique identifier, actions and
 * authentication, and **Test Connector Configuration** with its report.
 */
export function renderScimForm(
  values: ProvisioningValues,
  ctx: FormContext,
  handlers: ScimHandlers,
  connector: ConnectorTestState,
): TemplateResult {
  const t = withProtocolFormsTerms(ctx.t);
  const connection = values.connection;
  const auth = record(connection, 'auth');
  const authType = text(auth, 'type') || 'bearer';
  const connectionCtx: FormContext = {
    ...ctx,
    base: [...ctx.base, 'connection'],
    change: (patch) => handlers.change({ connection: { ...connection, ...patch } }),
  };
  const authCtx: FormContext = {
    ...ctx,
    base: [...ctx.base, 'connection', 'auth'],
    change: (patch) => handlers.change({ connection: { ...connection, auth: { type: authType, ...auth, ...patch } } }),
  };
  const featuresPath = [...ctx.base, 'features'];
  const authPath = [...ctx.base, 'connection', 'auth', 'type'];
  const enabled = renderCheckbox({
    id: fieldId([...ctx.base, 'enabled']),
    label: t.scimEnable,
    hint: t.scimEnableHint,
    t,
    checked: values.enabled,
    onChange: (checked) => handlers.change({ enabled: checked }),
  });
  if (!values.enabled) return section(t.scimTitle, enabled);
  const selected = FEATURES.filter((feature) => values.features[feature] === true);
  return section(t.scimTitle, [
    enabled,
    configTextField(connectionCtx, connection, 'baseUrl', t.scimBaseUrl, { type: 'url', hint: t.scimBaseUrlHint }),
    configTextField(connectionCtx, connection, 'userIdField', t.scimUserIdField, {
      optional: true,
      hint: t.scimUserIdFieldHint,
    }),
    renderChoiceGroup({
      id: fieldId(featuresPath),
      type: 'checkbox',
      label: t.scimActionsLabel,
      error: ctx.error(featuresPath),
      t,
      choices: FEATURES.map((value) => ({ value, label: t.scimFeatures[value] ?? value })),
      selected,
      onChange: (feature, checked) => handlers.change({ features: { [feature]: checked } }),
    }),
    renderField({ id: fieldId(authPath), label: t.scimAuthMode, error: ctx.error(authPath), t }, (aria) =>
      selectInput(
        aria,
        authType,
        AUTH_TYPES.map((value) => ({ value, label: t.scimAuthModes[value] ?? value })),
        // A new mode starts empty: one mode's secret is never sent as another's.
        (type) => handlers.change({ connection: { ...connection, auth: { type } } }),
      ),
    ),
    ...authFields(authCtx, auth, authType),
    html`<div class="connector-test">
      <button type="button" part="test-connector" aria-describedby="connector-status" @click=${handlers.test}>
        ${t.scimTestConnector}
      </button>
      <p id="connector-status" role="status" class="status">
        ${connector.status === 'running' ? t.connectorRunning : connector.status === 'error' ? connector.message : nothing}
      </p>
      ${connector.status === 'done' ? renderConnectorReport(connector.report, t) : nothing}
    </div>`,
  ]);
}
