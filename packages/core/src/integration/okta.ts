import * as z from 'zod/mini';
import { IntegrationValidationError, issue, zodIssues } from './issues.js';
import { type Integration, type IntegrationDraft, type IntegrationKind, IntegrationSchema } from './model.js';
import type { SignOnProtocol } from './protocols.js';
import { bindingFor, type ProtocolRegistry } from './registry.js';
import { fromOktaUserNameTemplate, toOktaUserNameTemplate } from './username-wire.js';
import { validateIntegration } from './validate.js';

/** An Okta application object (`POST /api/v1/apps` body, or what `GET /api/v1/apps/{id}` returns). */
export type OktaApp = Record<string, unknown>;

/** Options for {@link toOktaApp}. */
export interface ToOktaAppOptions {
  /** Bindings whose modules write each protocol's part of the payload. */
  readonly protocols: ProtocolRegistry;
}

type Json = Readonly<Record<string, unknown>>;
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/**
 * The Okta application payload of an integration. The protocol module writes `name`,
 * `signOnMode`, `settings` and its credentials; core adds what the integration owns: `visibility`,
 * `credentials.userNameTemplate`, the provisioning `features`, and for a stored integration the
 * read-only `id`, `status`, `created` and `lastUpdated`. A catalog integration carries its catalog
 * key as `name` and its tenant settings in `settings.app`, as Okta's catalog instances do. Secrets
 * stay `Secret`s (reveal them only to send the body).
 * @throws IntegrationValidationError when a config no longer satisfies its module (paths from the integration)
 */
export function toOktaApp(integration: IntegrationDraft | Integration, options: ToOktaAppOptions): OktaApp {
  const { signOn, provisioning } = integration;
  const app = bindingFor(signOn.protocol, options.protocols).toOktaApp(signOn.config, integration, [
    'signOn',
    'config',
  ]);
  const features =
    provisioning.type === 'scim'
      ? bindingFor('scim', options.protocols).toOktaApp(provisioning.connection, integration, [
          'provisioning',
          'connection',
        ]).features
      : undefined;
  const settings = record(app.settings);
  return {
    ...('id' in integration
      ? {
          id: integration.id,
          status: integration.status,
          created: integration.created,
          lastUpdated: integration.lastUpdated,
        }
      : {}),
    ...app,
    ...(integration.kind === 'catalog' && integration.catalogEntry !== undefined
      ? {
          name: integration.catalogEntry,
          settings: { ...settings, app: { ...record(settings.app), ...integration.tenantSettings } },
        }
      : {}),
    visibility: {
      autoLaunch: integration.visibility.autoLaunch,
      hide: { iOS: integration.visibility.hide.iOS, web: integration.visibility.hide.web },
    },
    credentials: { ...record(app.credentials), userNameTemplate: toOktaUserNameTemplate(integration.username) },
    ...(features === undefined ? {} : { features }),
  };
}

/** Options for {@link fromOktaApp}. */
export interface FromOktaAppOptions {
  /** Bindings whose modules read each protocol's part of the payload. */
  readonly protocols: ProtocolRegistry;
  /**
   * What the app is. `catalog` reads `name` as the catalog key; `api-service` reads an OIDC service
   * app with its scope `grants`.
   * @default 'custom'
   */
  readonly kind?: IntegrationKind;
  /** For a catalog app: names of the entry's tenant settings, read from `settings.app`. @default [] */
  readonly tenantSettings?: readonly string[];
  /** For an API service: `GET /api/v1/apps/{id}/grants`. @default [] */
  readonly grants?: unknown;
  /** The SCIM provisioning settings (the SCIM module's Okta shape); without them provisioning reads as off. */
  readonly provisioning?: unknown;
}

/** What {@link fromOktaApp} returns: a stored integration when the payload has `id`, `status` and times, else a draft. */
export type IntegrationFromOkta = IntegrationDraft | Integration;

const signOnModes: Readonly<Record<string, SignOnProtocol>> = {
  OPENID_CONNECT: 'oidc',
  SAML_2_0: 'saml',
  WS_FEDERATION: 'wsfed',
  BROWSER_PLUGIN: 'swa',
  AUTO_LOGIN: 'swa',
  BOOKMARK: 'bookmark',
};

const { id, status, created, lastUpdated } = IntegrationSchema.shape;
const storedFields = z.object({ id, status, created, lastUpdated });

const visibilitySchema = z.optional(
  z.object({
    autoLaunch: z.optional(z.boolean()),
    hide: z.optional(z.object({ iOS: z.optional(z.boolean()), web: z.optional(z.boolean()) })),
  }),
);

/**
 * Reads an Okta application payload back into an integration through the protocol module of its
 * `signOnMode`, under Okta's own rules (`policy: 'okta'`): `toOktaApp` followed by `fromOktaApp`
 * gives the integration back. Unknown and read-only fields Okta adds are ignored.
 * @throws IntegrationValidationError naming payload fields
 */
export function fromOktaApp(payload: unknown, options: FromOktaAppOptions): IntegrationFromOkta {
  const app = record(payload);
  const kind = options.kind ?? 'custom';
  // Own keys only: a `signOnMode` of `toString` must be refused as unsupported, not read off Object.prototype.
  const mode =
    typeof app.signOnMode === 'string' && Object.hasOwn(signOnModes, app.signOnMode)
      ? signOnModes[app.signOnMode]
      : undefined;
  if (mode === undefined) {
    throw new IntegrationValidationError([
      issue(['signOnMode'], 'not_supported', 'is not a sign-on mode Integrakit can read'),
    ]);
  }
  const protocol: SignOnProtocol = kind === 'api-service' && mode === 'oidc' ? 'api-service' : mode;
  const binding = bindingFor(protocol, options.protocols);
  const settings = record(app.settings);
  const tenantNames = kind === 'catalog' ? (options.tenantSettings ?? []) : [];
  const tenantSettings = Object.fromEntries(
    tenantNames.flatMap((name) => {
      const value = record(settings.app)[name];
      return typeof value === 'string' ? [[name, value]] : [];
    }),
  );
  const read = binding.fromOktaApp(
    kind === 'catalog' ? asCustomApp(app, binding.oktaName(app), tenantNames) : app,
    options.grants ?? [],
  );
  const scim =
    options.provisioning === undefined
      ? undefined
      : bindingFor('scim', options.protocols).fromOktaApp(options.provisioning);
  const isStored = Object.keys(storedFields.shape).some((key) => key in app);
  const stored = storedFields.safeParse(app);
  // A payload that claims to be stored must be entirely so (Okta's DELETED status, say, is not an integration).
  if (isStored && !stored.success) throw new IntegrationValidationError(zodIssues(stored.error.issues));
  const visibility = visibilitySchema.safeParse(app.visibility);
  const draft = validateIntegration(
    {
      kind,
      ...(kind === 'catalog' ? { catalogEntry: app.name, tenantSettings } : {}),
      label: read.values.label ?? app.label,
      signOn: { protocol, config: read.config },
      visibility: visibility.success ? visibility.data : app.visibility,
      username: read.values.username ?? fromOktaUserNameTemplate(record(app.credentials).userNameTemplate),
      provisioning:
        scim === undefined
          ? { type: 'none' }
          : { type: 'scim', connection: scim.config, features: scim.values.features },
      revealPassword: read.values.revealPassword ?? false,
    },
    // Okta's own rules: an org may hold settings Integrakit's stricter policy would refuse.
    { protocols: options.protocols, policy: 'okta' },
  );
  return stored.success ? { ...draft, ...stored.data } : draft;
}

/** A catalog instance's payload as the module reads a custom app: its own `name`, no tenant settings. */
function asCustomApp(app: Json, name: string | undefined, tenantNames: readonly string[]): Json {
  const { name: _catalogKey, ...rest } = app;
  const settings = record(app.settings);
  const inner = Object.fromEntries(Object.entries(record(settings.app)).filter(([key]) => !tenantNames.includes(key)));
  return {
    ...rest,
    ...(name === undefined ? {} : { name }),
    ...('settings' in app ? { settings: { ...settings, ...('app' in settings ? { app: inner } : {}) } } : {}),
  };
}
