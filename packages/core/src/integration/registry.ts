import { formatIssuePath, type Issue, issue } from './issues.js';
import type { UsernameSettings } from './model.js';
import type { SignOnProtocol } from './protocols.js';

/** What a protocol module's `safeDefine` returns, as far as core needs it. */
export type ProtocolDefineResult =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/** The slice of a `@integrakit/protocols/<name>` module core uses. */
export interface ProtocolModule {
  safeDefine(input: never, options?: { readonly policy?: 'strict' | 'okta' }): ProtocolDefineResult;
}

/** Integration-level fields some protocol modules also carry in their own config. */
export interface BindingContext {
  readonly label: string;
  readonly username: UsernameSettings;
}

/**
 * Connects a protocol module to the integration model. Core reaches protocol modules only through
 * bindings in a {@link ProtocolRegistry}, so hosts load just the modules they use.
 */
export interface ProtocolBinding {
  /** Validates `config`, returning the normalized config to store (without integration-level fields). */
  validate(
    config: Readonly<Record<string, unknown>>,
    context: BindingContext,
    options: { readonly policy: 'strict' | 'okta' },
  ): ProtocolDefineResult;
}

/** Protocol bindings by key; `scim` validates provisioning connections. */
export type ProtocolRegistry = Partial<Readonly<Record<SignOnProtocol | 'scim', ProtocolBinding>>>;

/** How a module's config relates to the integration: which integration fields it embeds. */
export interface BindOptions {
  /** Fields the module's config carries that the integration owns; filled in before and removed after validation. */
  readonly embeds?: readonly ('label' | 'applicationUsername')[];
}

/** Wraps a protocol module as a {@link ProtocolBinding}. */
export function bindModule(module: ProtocolModule, options: BindOptions = {}): ProtocolBinding {
  const embeds = options.embeds ?? [];
  return {
    validate(config, context, { policy }) {
      const input: Record<string, unknown> = { ...config };
      if (embeds.includes('label')) input.label = context.label;
      if (embeds.includes('applicationUsername')) input.applicationUsername = moduleUsername(context.username);
      const result = module.safeDefine(input as never, { policy });
      if (!result.success || typeof result.data !== 'object' || result.data === null) return result;
      const data: Record<string, unknown> = { ...(result.data as Record<string, unknown>) };
      for (const key of embeds) delete data[key];
      return { success: true, data };
    },
  };
}

// Protocol modules spell the username policy in camelCase inside their own config.
function moduleUsername(username: UsernameSettings): Record<string, unknown> {
  const { template } = username;
  return {
    type: template.type,
    ...(template.type === 'NONE' ? {} : { template: template.template }),
    ...(template.type === 'BUILT_IN' && template.userSuffix !== undefined ? { userSuffix: template.userSuffix } : {}),
    updateOn: username.updateOn === 'CREATE_ONLY' ? 'createOnly' : 'createAndUpdate',
  };
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
): { readonly data: Record<string, unknown> } | { readonly issues: Issue[] } {
  const binding = options.protocols[key];
  if (binding === undefined) {
    return {
      issues: [
        issue(path, 'protocol_unavailable', `no '${key}' protocol module is registered to validate this config`),
      ],
    };
  }
  let result: ProtocolDefineResult;
  try {
    result = binding.validate(config, context, { policy: options.policy ?? 'strict' });
  } catch (error) {
    // A module may throw on input of an unexpected shape; that is still just an invalid config.
    const name = error instanceof Error ? error.name : 'error';
    return { issues: [issue(path, 'invalid_config', `rejected by the '${key}' module (${name})`)] };
  }
  if (!result.success) {
    return {
      issues: result.error.issues.map((item) => {
        // Module messages start with their own path; re-prefix them with the full path.
        const own = `${formatIssuePath(item.path)}: `;
        const text = item.message.startsWith(own) ? item.message.slice(own.length) : item.message;
        return issue([...path, ...item.path], item.code, text);
      }),
    };
  }
  const data = result.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { issues: [issue(path, 'invalid_config', `the '${key}' module returned no object`)] };
  }
  return { data: data as Record<string, unknown> };
}
