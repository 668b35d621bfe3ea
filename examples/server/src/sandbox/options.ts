/** Sandbox identity provider settings (`ServerOptions.sandbox`). */
export interface SandboxOptions {
  /** Failed sign-ins in a row that lock a person out (Okta's password policy default). @default 10 */
  readonly lockoutAfter?: number;
  /** How long a lockout lasts. @default 900000 (15 minutes) */
  readonly lockoutMs?: number;
  /** The answer to a failed sign-in is held this long, doubling with each failure in a row (at most 5 s). @default 250 */
  readonly failureDelayMs?: number;
  /** How long an IdP session lasts. @default 7200000 (2 hours, Okta's default) */
  readonly sessionTtlMs?: number;
}

/** {@link SandboxOptions} with every default applied. */
export type SandboxSettings = Required<SandboxOptions>;

/** Applies the defaults of {@link SandboxOptions}; refuses values that are not positive integers. */
export function sandboxSettings(options: SandboxOptions = {}): SandboxSettings {
  const settings = {
    lockoutAfter: options.lockoutAfter ?? 10,
    lockoutMs: options.lockoutMs ?? 15 * 60_000,
    failureDelayMs: options.failureDelayMs ?? 250,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3_600_000,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isSafeInteger(value) || value < (name === 'failureDelayMs' ? 0 : 1)) {
      throw new RangeError(
        `sandbox.${name}: must be a ${name === 'failureDelayMs' ? 'non-negative' : 'positive'} integer`,
      );
    }
  }
  return settings;
}
