import { formatIssuePath, type Issue, issue } from './issues.js';
import type { SignOnProtocol } from './protocols.js';

/** What a protocol module's `safeDefine` returns, as far as core needs it. */
export type ProtocolDefineResult =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly error: { readonly issues: readonly Issue[] } };

/**
 * The slice of a `@integrakit/protocols/<name>` module core uses. Core reaches protocol modules
 * only through a {@link ProtocolRegistry}, so hosts can swap or omit modules (and bundles stay small).
 */
export interface ProtocolModule {
  safeDefine(input: never, options?: { readonly policy?: 'strict' | 'okta' }): ProtocolDefineResult;
}

/** Protocol modules by key; `scim` validates provisioning connections. */
export type ProtocolRegistry = Partial<Readonly<Record<SignOnProtocol | 'scim', ProtocolModule>>>;

/** Options for validating protocol configs. */
export interface ProtocolValidationOptions {
  /** Modules used to validate sign-on and SCIM configs. A protocol without a module is refused. */
  readonly protocols: ProtocolRegistry;
  /**
   * Policy passed to each module's `safeDefine`.
   * @default 'strict'
   */
  readonly policy?: 'strict' | 'okta';
}

/**
 * Validates `config` with the registry's module for `protocol`, nesting issue paths under `path`.
 * Returns the module's normalized config, or issues (including a missing module, which is never
 * silently accepted).
 */
export function defineWithRegistry(
  key: SignOnProtocol | 'scim',
  config: unknown,
  path: readonly (string | number)[],
  options: ProtocolValidationOptions,
): { readonly data: Record<string, unknown> } | { readonly issues: Issue[] } {
  const module = options.protocols[key];
  if (module === undefined) {
    return {
      issues: [
        issue(path, 'protocol_unavailable', `no '${key}' protocol module is registered to validate this config`),
      ],
    };
  }
  const policy = options.policy ?? 'strict';
  let result: ProtocolDefineResult;
  try {
    result = module.safeDefine(config as never, { policy });
  } catch (error) {
    // A module may throw on input of an unexpected shape; that is still just an invalid config.
    const message = error instanceof Error ? error.name : 'error';
    return { issues: [issue(path, 'invalid_config', `rejected by the '${key}' module (${message})`)] };
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
