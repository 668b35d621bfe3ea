import { z } from 'zod';

const REDACTED = '[redacted]';
// Node's util.inspect looks this symbol up; using Symbol.for keeps the module free of node:util.
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * A credential (bearer token, password, client secret) that never shows itself by accident:
 * `JSON.stringify`, `String()`, template literals and `util.inspect` all print `[redacted]`.
 * Only {@link Secret.reveal} returns the value, so every place that needs it is easy to find.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret value itself. Call it only where the value is put on the wire. */
  reveal(): string {
    return this.#value;
  }

  /** Whether `other` holds the same value, without revealing either. */
  equals(other: Secret): boolean {
    return other.reveal() === this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [inspectSymbol](): string {
    return `Secret(${REDACTED})`;
  }
}

/** Realm-safe check: a value with a `reveal` method whose JSON form is redacted. */
export function isSecret(value: unknown): value is Secret {
  return (
    value instanceof Secret ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Secret).reveal === 'function' &&
      (value as Secret).toJSON?.() === REDACTED)
  );
}

/**
 * Zod field for a credential: accepts a non-empty string or an existing {@link Secret} (so
 * `fromOktaApp` output can be fed back to `define`) and always yields a `Secret`. Zod's messages
 * never include the received value, so a refused secret does not leak through the error.
 */
export const secretField = (max = 4096) =>
  z
    .union([z.string().min(1).max(max), z.custom<Secret>(isSecret, { message: 'Expected a string or Secret' })])
    .transform((value): Secret => (typeof value === 'string' ? new Secret(value) : value));

/**
 * Deep copy of a payload with every {@link Secret} replaced by its value: the form to send to
 * Okta. Keep the result out of logs; log the original instead.
 */
export function revealSecrets<T>(payload: T): T {
  return reveal(payload) as T;
}

function reveal(value: unknown): unknown {
  if (isSecret(value)) return value.reveal();
  if (Array.isArray(value)) return value.map(reveal);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reveal(item)]));
  }
  return value;
}
