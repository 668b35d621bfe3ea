const REDACTED = '[redacted]';
const BRAND = Symbol.for('integrakit.secret');

/**
 * Holds a secret value (client secret, bearer token, password) so that it never shows up by
 * accident: `String(secret)`, `JSON.stringify`, `console.log`/`util.inspect` and template strings
 * all print `[redacted]`. Only {@link Secret.reveal} returns the value, so every place that puts it
 * on the wire is easy to find.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Wraps `value` unless it already is a {@link Secret}. */
  static from(value: string | Secret): Secret {
    return isSecret(value) ? value : new Secret(value);
  }

  /** The secret value itself. Call only where it must leave the process (a request body, a header). */
  reveal(): string {
    return this.#value;
  }

  /** Constant-time comparison with another secret or string. */
  equals(other: Secret | string): boolean {
    const a = this.#value;
    const b = typeof other === 'string' ? other : other.reveal();
    let diff = a.length ^ b.length;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
    }
    return diff === 0;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${REDACTED})`;
  }
}

/** Realm-safe check (works across duplicated package copies): matches on a registered symbol. */
export function isSecret(value: unknown): value is Secret {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
