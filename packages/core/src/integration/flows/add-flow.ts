// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import * as z from 'zod/mini';
import type { CatalogEntry, TenantSetting } from '../../catalog/entry.schema.js';
import { type Issue, issue, StepValidationError } from '../issues.js';
import { type Provisioning, ProvisioningSchema, type Visibility, VisibilitySchema } from '../model.js';
import { setAt } from '../object-paths.js';
import { CATALOG_PROTOCOLS, type SignOnProtocol } from '../protocols.js';
import type { ProtocolValidationOptions } from '../registry.js';
import { updateOnIssues } from '../rules.js';
import { createFlow, type Flow, patchSchema, plainRecordPatch } from './machine.js';
import {
  configIssues,
  type FlowContext,
  labelIssues,
  ownedBy,
  swaLocked,
  swaLockedMessage,
  type UsernameValues,
  updateOnPatch,
  usernameIssues,
  usernamePatch,
} from './shared-steps.js';
import { configFromTemplate, unfilledTemplateIssues } from './templates.js';

/** Values entered in the add-from-catalog flow. */
export interface AddFlowDraft {
  readonly general: {
    readonly label: string;
    readonly tenantSettings: Readonly<Record<string, string>>;
    readonly visibility: Visibility;
  };
  readonly signOn: {
    readonly protocol?: SignOnProtocol;
    /** Config per protocol, so switching modes and back keeps what was entered. */
    readonly configs: Readonly<Partial<Record<SignOnProtocol, Readonly<Record<string, unknown>>>>>;
    /** Protocols whose config the admin edited; the others follow the entry's template. */
    readonly edited: readonly SignOnProtocol[];
  };
  readonly username: UsernameValues;
  readonly revealPassword: boolean;
  readonly provisioning: Provisioning;
}

/** Options for {@link createAddFlow}. */
export interface AddFlowOptions extends ProtocolValidationOptions {
  /**
   * Provisioning already configured for this app (SWA sign-on is locked while Sync Password is on).
   * @default { type: 'none' }
   */
  readonly provisioning?: z.input<typeof ProvisioningSchema>;
}

/** Step ids of the add flow, in the Admin Console's order. */
export const ADD_FLOW_STEPS = ['general', 'signOn', 'username', 'usernameUpdate', 'passwordReveal'] as const;

const settingsPath = (name: string) => ['tenantSettings', name];

function tenantSettingIssues(setting: TenantSetting, value: string | undefined): Issue[] {
  if (value === undefined || value.trim() === '') {
    // Entries that skipped the schema (raw catalog data, JSON from a server) have no `required`: the default applies.
    return setting.required === false ? [] : [issue(settingsPath(setting.name), 'required', `enter ${setting.label}`)];
  }
  if (value.length > 1024) return [issue(settingsPath(setting.name), 'too_big', 'must be at most 1024 characters')];
  if (setting.type !== 'string') {
    const protocols = setting.type === 'https-url' ? ['https:'] : ['https:', 'http:'];
    if (!URL.canParse(value) || !protocols.includes(new URL(value).protocol)) {
      return [
        issue(
          settingsPath(setting.name),
          'invalid_url',
          `must be an ${setting.type === 'https-url' ? 'https' : 'http(s)'} URL`,
        ),
      ];
    }
  }
  if (setting.pattern !== undefined && !safeTest(setting.pattern, value)) {
    return [
      issue(settingsPath(setting.name), 'invalid_format', `does not have the expected format for ${setting.label}`),
    ];
  }
  return [];
}

// Catalog patterns come from the catalog file; an invalid one refuses the value rather than crashing the flow.
function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return false;
  }
}

/**
 * The prebuilt "add from catalog" flow: General Settings → Sign-On Options → Application username
 * format → Update application username on → Password reveal (SWA only) → Done.
 */
export function createAddFlow(entry: CatalogEntry, options: AddFlowOptions): Flow<AddFlowDraft> {
  const protocols = entry.functionality.signOn.map((label) => CATALOG_PROTOCOLS[label]);
  const provisioning = ProvisioningSchema.parse(options.provisioning ?? { type: 'none' });
  const fromTemplate = (protocol: SignOnProtocol, settings: Readonly<Record<string, string>>) => {
    const config = configFromTemplate(entry.templates, protocol, settings);
    // Sync Password makes Okta's password the app password: the scheme follows, and stays locked.
    return swaLocked(protocol, provisioning)
      ? setAt(config, ['credentials', 'scheme'], 'EXTERNAL_PASSWORD_SYNC')
      : config;
  };
  // Each entry into Sign-On Options fills the templates again; the same tenant settings (Back and
  // Next without editing them) fill them the same way, so the last fill is kept.
  let filled:
    | {
        readonly from: Readonly<Record<string, string>>;
        readonly configs: Map<SignOnProtocol, ReturnType<typeof fromTemplate>>;
      }
    | undefined;
  const filledFrom = (protocol: SignOnProtocol, settings: Readonly<Record<string, string>>) => {
    if (filled?.from !== settings) filled = { from: settings, configs: new Map() };
    if (!filled.configs.has(protocol)) filled.configs.set(protocol, fromTemplate(protocol, settings));
    return filled.configs.get(protocol);
  };
  const templateConfigs = (draft: AddFlowDraft) =>
    Object.fromEntries(
      protocols.map((protocol) => [
        protocol,
        draft.signOn.edited.includes(protocol)
          ? draft.signOn.configs[protocol]
          : filledFrom(protocol, draft.general.tenantSettings),
      ]),
    );
  const currentConfig = (draft: AddFlowDraft) =>
    draft.signOn.protocol === undefined ? {} : (draft.signOn.configs[draft.signOn.protocol] ?? {});
  const context = (draft: AddFlowDraft, revealPassword = draft.revealPassword): FlowContext => ({
    label: draft.general.label,
    username: draft.username,
    revealPassword,
    provisioning: draft.provisioning,
  });
  // The module's issues about fields a step owns; password reveal is judged on its own step.
  const moduleIssues = (draft: AddFlowDraft, owner: readonly string[], revealPassword = false) => {
    const { protocol } = draft.signOn;
    if (protocol === undefined) return [];
    return ownedBy(configIssues(protocol, currentConfig(draft), context(draft, revealPassword), options), owner);
  };

  return createFlow<AddFlowDraft>({
    id: `add:${entry.name}`,
    validation: options,
    initial: {
      general: {
        label: entry.displayName,
        tenantSettings: {},
        visibility: VisibilitySchema.parse({}),
      },
      signOn: { ...(protocols.length === 1 ? { protocol: protocols[0] } : {}), configs: {}, edited: [] },
      username: { template: { type: 'BUILT_IN', template: '${source.login}' }, updateOn: 'CREATE_AND_UPDATE' },
      revealPassword: false,
      provisioning,
    },
    steps: [
      {
        id: 'general',
        title: 'General Settings',
        patch: patchSchema({
          label: z.string().check(z.maxLength(1000)),
          tenantSettings: z.record(z.string(), z.string().check(z.maxLength(2048))),
          visibility: VisibilitySchema,
        }),
        apply: (
          draft,
          patch: { label?: string; tenantSettings?: Record<string, string>; visibility?: Visibility },
        ) => ({
          ...draft,
          // tenantSettings replaces the whole map, so a mistyped key can be removed again.
          general: { ...draft.general, ...patch },
        }),
        issues: (draft) => [
          ...labelIssues(draft.general.label, ['label']),
          ...entry.settings.flatMap((setting) =>
            // Own keys only: a setting named `constructor` must not read Object.prototype's.
            tenantSettingIssues(
              setting,
              Object.hasOwn(draft.general.tenantSettings, setting.name)
                ? draft.general.tenantSettings[setting.name]
                : undefined,
            ),
          ),
          ...Object.keys(draft.general.tenantSettings)
            .filter((name) => !entry.settings.some((setting) => setting.name === name))
            .map((name) => issue(settingsPath(name), 'unknown_setting', `${entry.displayName} has no such setting`)),
        ],
      },
      {
        id: 'signOn',
        title: 'Sign-On Options',
        enter: (draft) => ({ ...draft, signOn: { ...draft.signOn, configs: templateConfigs(draft) } }),
        patch: patchSchema({ protocol: z.enum(protocols), config: plainRecordPatch() }),
        apply: (draft, patch: { protocol?: SignOnProtocol; config?: Record<string, unknown> }) => {
          const protocol = patch.protocol ?? draft.signOn.protocol;
          if (patch.config !== undefined && protocol === undefined) {
            throw new StepValidationError('signOn', [
              issue(['signOn', 'protocol'], 'required', 'choose a sign-on method first'),
            ]);
          }
          if (patch.config !== undefined && swaLocked(protocol, draft.provisioning)) {
            throw new StepValidationError('signOn', [
              issue(['signOn', 'config'], 'swa_locked_by_password_sync', swaLockedMessage),
            ]);
          }
          const signOn = { ...draft.signOn, ...(protocol === undefined ? {} : { protocol }) };
          if (patch.config === undefined || protocol === undefined) return { ...draft, signOn };
          return {
            ...draft,
            signOn: {
              ...signOn,
              configs: { ...signOn.configs, [protocol]: { ...patch.config } },
              edited: signOn.edited.includes(protocol) ? signOn.edited : [...signOn.edited, protocol],
            },
          };
        },
        issues: (draft) => {
          const { protocol } = draft.signOn;
          if (protocol === undefined) return [issue(['signOn', 'protocol'], 'required', 'choose a sign-on method')];
          const unfilled = unfilledTemplateIssues(currentConfig(draft), protocol === 'oidc' ? 'app' : 'org');
          return unfilled.length > 0 ? unfilled : moduleIssues(draft, ['signOn']);
        },
      },
      {
        id: 'username',
        title: 'Application username format',
        patch: usernamePatch,
        apply: (draft, patch: { template?: UsernameValues['template'] }) => ({
          ...draft,
          username: { ...draft.username, ...patch },
        }),
        issues: (draft) => {
          const own = usernameIssues(draft.username);
          return own.length > 0 ? own : moduleIssues(draft, ['username']);
        },
      },
      {
        id: 'usernameUpdate',
        title: 'Update application username on',
        patch: updateOnPatch,
        apply: (draft, patch: { updateOn?: UsernameValues['updateOn'] }) => ({
          ...draft,
          username: { ...draft.username, ...patch },
        }),
        issues: (draft) => updateOnIssues(draft.username),
      },
      {
        id: 'passwordReveal',
        title: 'Password reveal',
        enabled: (draft) => draft.signOn.protocol === 'swa',
        patch: patchSchema({ revealPassword: z.boolean() }),
        apply: (draft, patch: { revealPassword?: boolean }) => ({
          ...draft,
          revealPassword: patch.revealPassword ?? draft.revealPassword,
        }),
        issues: (draft) => moduleIssues(draft, ['revealPassword'], draft.revealPassword),
      },
    ],
    build: (draft) => ({
      kind: 'catalog',
      catalogEntry: entry.name,
      label: draft.general.label,
      tenantSettings: draft.general.tenantSettings,
      visibility: draft.general.visibility,
      signOn: { protocol: draft.signOn.protocol, config: currentConfig(draft) },
      username: { template: draft.username.template, updateOn: draft.username.updateOn },
      provisioning: draft.provisioning,
      revealPassword: draft.signOn.protocol === 'swa' && draft.revealPassword,
    }),
  });
}
