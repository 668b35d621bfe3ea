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
  /**
   * Worker threads that sign SAML responses, so the event loop is not blocked for whole signatures;
   * 0 signs on the main thread. @default `availableParallelism() - 1`, at least 1
   */
  readonly signingWorkers?: number;
}

/** {@link SandboxOptions} with every default applied (the signing pool applies its own). */
export type SandboxSettings = Required<Omit<SandboxOptions, 'signingWorkers'>> & Pick<SandboxOptions, 'signingWorkers'>;

/** Applies the defaults of {@link SandboxOptions}; refuses values that are not positive integers. */
export function sandboxSettings(options: SandboxOptions = {}): SandboxSettings {
  const settings = {
    lockoutAfter: options.lockoutAfter ?? 10,
    lockoutMs: options.lockoutMs ?? 15 * 60_000,
    failureDelayMs: options.failureDelayMs ?? 250,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3_600_000,
  };
  const nonNegative = new Set(['failureDelayMs', 'signingWorkers']);
  const given = options.signingWorkers === undefined ? {} : { signingWorkers: options.signingWorkers };
  for (const [name, value] of Object.entries({ ...settings, ...given })) {
    if (!Number.isSafeInteger(value) || value < (nonNegative.has(name) ? 0 : 1)) {
      throw new RangeError(`sandbox.${name}: must be a ${nonNegative.has(name) ? 'non-negative' : 'positive'} integer`);
    }
  }
  return { ...settings, ...given };
}
