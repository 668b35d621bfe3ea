import { IntegrationValidationError, type Issue, issue, moveIssue, nestIssues } from './issues.js';
import type { IntegrationDraft, ProvisioningFeatures } from './model.js';
import { deleteAt, getAt, setAt, startsWith } from './object-paths.js';
import type { SignOnProtocol } from './protocols.js';
import type { UsernameInput } from './username-wire.js';

/** What a protocol module's `safeDefine` returns, as far as core needs it. */
export type ProtocolDefineResult =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/** The slice of a `@integrakit/protocols/<name>` module core uses. */
export interface ProtocolModule {
  safeDefine(input: never, options?: { readonly policy?: 'strict' | 'okta' }): ProtocolDefineResult;
  /** The issues of one top-level field by its own rules, or `undefined` when it cannot be checked alone. */
  fieldIssues?(input: Readonly<Record<string, unknown>>, key: string): readonly Issue[] | undefined;
  /** Maps a validated config to Okta's payload. */
  toOktaApp?(config: never): unknown;
  /** Reads Okta's payload (plus, for API services, the scope grants) back into a config. */
  fromOktaApp?(payload: unknown, extra?: never): unknown;
}

/** Integration-level fields that some protocol modules also carry in their own config. */
export type BindingContext = Pick<IntegrationDraft, 'label' | 'username' | 'revealPassword' | 'provisioning'>;

/**
 * Integration fields a module config gives back when it is read from Okta, as input for the model
 * (which validates them).
 */
export interface EmbeddedValues {
  readonly label?: string;
  readonly username?: UsernameInput;
  readonly revealPassword?: boolean;
  readonly features?: Readonly<Partial<Record<keyof ProvisioningFeatures, boolean>>>;
}

/**
 * A field of a module's config that the integration owns (the label, the username format, …). It
 * is written into the config before validation, reported at its owner when the module refuses it,
 * and removed from the stored config, so the integration holds one copy of it.
 */
export interface EmbeddedField {
  /** Where the module's config holds it, e.g. `['credentials', 'applicationUsername']`. */
  readonly at: readonly string[];
  /** The integration field that owns it, e.g. `['username', 'template']`. */
  readonly owner: readonly string[];
  /**
   * Whether an issue below `at` keeps its sub-path under `owner`.
   * @default true
   */
  readonly keepSubpath?: boolean;
  /** Its value for the module, from the integration. */
  readonly write: (context: BindingContext) => unknown;
  /** Reads the module's value back into integration fields (for payloads read from Okta). */
  readonly read?: (value: unknown) => EmbeddedValues;
}

/** A config validated by a binding, or the issues (with paths from the integration root). */
export type BindingResult = { readonly data: Record<string, unknown> } | { readonly issues: Issue[] };

/** A module config read from an Okta payload: the config to store and the integration fields it carried. */
export interface ReadConfig {
  readonly config: Record<string, unknown>;
  readonly values: EmbeddedValues;
}

/**
 * Connects a protocol module to the integration model. Core reaches protocol modules only through
 * bindings in a {@link ProtocolRegistry}, so hosts load just the modules they use.
 */
export interface ProtocolBinding {
  /**
   * Validates `config` (stored at `path` of the integration), returning the normalized config to
   * store without the embedded fields.
   */
  validate(
    config: Readonly<Record<string, unknown>>,
    context: BindingContext,
    options: { readonly policy: 'strict' | 'okta'; readonly path: readonly (string | number)[] },
  ): BindingResult;
  /**
   * The issues of the one top-level field `key` of `config` (stored at `path`) by that field's own
   * rules, for a form checking a field as it is typed; rules across fields and the policy wait for
   * {@link validate}. `undefined` when the module cannot check the field alone.
   */
  validateField?(
    config: Readonly<Record<string, unknown>>,
    key: string,
    path: readonly (string | number)[],
  ): Issue[] | undefined;
  /**
   * The module's Okta payload for a stored config (kept at `path` of the integration).
   * @throws IntegrationValidationError
   */
  toOktaApp(
    config: Readonly<Record<string, unknown>>,
    context: BindingContext,
    path: readonly (string | number)[],
  ): Record<string, unknown>;
  /** Reads the module's Okta payload. @throws IntegrationValidationError with payload paths */
  fromOktaApp(payload: unknown, extra?: unknown): ReadConfig;
  /** The `name` a custom app of this protocol carries in Okta (see {@link BindOptions.oktaName}). */
  oktaName(payload: Readonly<Record<string, unknown>>): string | undefined;
}

/** Protocol bindings by key; `scim` validates provisioning connections. */
export type ProtocolRegistry = Partial<Readonly<Record<SignOnProtocol | 'scim', ProtocolBinding>>>;

/** How a module's config relates to the integration. */
export interface BindOptions {
  /** Fields of the module's config that the integration owns. @default [] */
  readonly embeds?: readonly EmbeddedField[];
  /**
   * The `name` the module's Okta payload carries for a custom app (`oidc_client`, `template_wsfed`,
   * …), or `undefined` where Okta generates it. A catalog app's payload carries the catalog key
   * instead, which is swapped back before the module reads it.
   * @default () => undefined
   */
  readonly oktaName?: (payload: Readonly<Record<string, unknown>>) => string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Wraps a protocol module as a {@link ProtocolBinding}. */
export function bindModule(module: ProtocolModule, options: BindOptions = {}): ProtocolBinding {
  const embeds = options.embeds ?? [];
  const place = (item: Issue, path: readonly (string | number)[]): Issue => {
    const owner = embeds.find((field) => startsWith(item.path, field.at));
    return owner === undefined
      ? (nestIssues([item], path)[0] ?? item)
      : moveIssue(item, [...owner.owner, ...(owner.keepSubpath === false ? [] : item.path.slice(owner.at.length))]);
  };
  const define = (
    config: Readonly<Record<string, unknown>>,
    context: BindingContext,
    policy: 'strict' | 'okta',
    path: readonly (string | number)[],
  ): BindingResult => {
    const input = embeds.reduce((out, field) => setAt(out, field.at, field.write(context)), { ...config });
    const result = module.safeDefine(input as never, { policy });
    if (!result.success) return { issues: result.error.issues.map((item) => place(item, path)) };
    if (!isRecord(result.data)) return { issues: [issue(path, 'invalid_config', 'the module returned no object')] };
    return { data: result.data };
  };
  const strip = (data: Record<string, unknown>) => embeds.reduce((out, field) => deleteAt(out, field.at), data);

  return {
    validate(config, context, { policy, path }) {
      const result = define(config, context, policy, path);
      return 'issues' in result ? result : { data: strip(result.data) };
    },
    validateField(config, key, path) {
      // An embedded field takes its value from the integration: only the whole validation sees it.
      if (embeds.some((field) => field.at[0] === key)) return undefined;
      return module.fieldIssues?.(config, key)?.map((item) => place(item, path));
    },
    toOktaApp(config, context, path) {
      if (module.toOktaApp === undefined) throw unsupported('toOktaApp');
      // Okta's own rules, not the stricter policy: a config read from an org must map back unchanged.
      const result = define(config, context, 'okta', path);
      if ('issues' in result) throw new IntegrationValidationError(result.issues);
      const payload = module.toOktaApp(result.data as never);
      if (!isRecord(payload)) throw unsupported('toOktaApp');
      return payload;
    },
    fromOktaApp(payload, extra) {
      if (module.fromOktaApp === undefined) throw unsupported('fromOktaApp');
      let data: unknown;
      try {
        data = module.fromOktaApp(payload, extra as never);
      } catch (error) {
        if (isIssueError(error)) throw new IntegrationValidationError(error.issues);
        throw error;
      }
      if (!isRecord(data)) throw unsupported('fromOktaApp');
      const values: EmbeddedValues = Object.assign({}, ...embeds.map((field) => field.read?.(getAt(data, field.at))));
      return { config: strip(data), values };
    },
    oktaName: (payload) => options.oktaName?.(payload),
  };
}

function unsupported(what: string): IntegrationValidationError {
  return new IntegrationValidationError([issue([], 'not_supported', `the protocol module offers no usable ${what}`)]);
}

// Protocol modules throw `ConfigValidationError`; matched by shape so that duplicated package copies work.
function isIssueError(error: unknown): error is Error & { issues: readonly Issue[] } {
  return error instanceof Error && Array.isArray((error as { issues?: unknown }).issues);
}

/** Options for validating protocol configs. */
export interface ProtocolValidationOptions {
  /** Bindings used to validate sign-on and SCIM configs. A protocol without one is refused. */
  readonly protocols: ProtocolRegistry;
  /**
   * Policy passed to each module's `safeDefine`.
   * @default 'strict'
   */
  readonly policy?: 'strict' | 'okta';
}

/**
 * Validates `config` with the registry's binding for `key`, nesting issue paths under `path`.
 * Returns the normalized config, or issues (a missing binding is an issue, never a silent pass).
 */
export function defineWithRegistry(
  key: SignOnProtocol | 'scim',
  config: Readonly<Record<string, unknown>>,
  context: BindingContext,
  path: readonly (string | number)[],
  options: ProtocolValidationOptions,
): BindingResult {
  const binding = options.protocols[key];
  if (binding === undefined) {
    return {
      issues: [
        issue(path, 'protocol_unavailable', `no '${key}' protocol module is registered to validate this config`),
      ],
    };
  }
  try {
    return binding.validate(config, context, { policy: options.policy ?? 'strict', path });
  } catch (error) {
    // A module may throw on input of an unexpected shape; that is still just an invalid config.
    const name = error instanceof Error ? error.name : 'error';
    return { issues: [issue(path, 'invalid_config', `rejected by the '${key}' module (${name})`)] };
  }
}

/** The binding for `key`. @throws IntegrationValidationError when none is registered */
export function bindingFor(key: SignOnProtocol | 'scim', protocols: ProtocolRegistry): ProtocolBinding {
  const binding = protocols[key];
  if (binding === undefined) {
    throw new IntegrationValidationError([
      issue([], 'protocol_unavailable', `no '${key}' protocol module is registered`),
    ]);
  }
  return binding;
}
