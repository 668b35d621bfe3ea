import { isSecret, Secret } from '@integrakit/protocols/shared';

// Secrets (client secrets, shared passwords) serialize as `[redacted]` by design, so the store
// encodes them as tagged objects before JSON.stringify and revives them on read.
const TAG = '$integrakitSecret';

function encode(value: unknown): unknown {
  if (isSecret(value)) return { [TAG]: value.reveal() };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  }
  return value;
}

/** JSON for the store, with secrets kept. The database file therefore holds secrets: protect the data dir. */
export function toStoredJson(value: unknown): string {
  return JSON.stringify(encode(value));
}

/** Parses {@link toStoredJson} output, turning tagged secrets back into `Secret`s. */
export function fromStoredJson<T>(text: string): T {
  // Most rows (assignments, most apps) hold no secret: a plain parse is several times faster than one with a reviver.
  if (!text.includes(TAG)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const secret = (value as Record<string, unknown>)[TAG];
      if (keys.length === 1 && typeof secret === 'string') return new Secret(secret);
    }
    return value;
  }) as T;
}
