import type * as z from 'zod/mini';
import type { CallOptions, Http } from './http.js';
import { paginate } from './pagination.js';

/** Encodes one path segment. */
export const seg = encodeURIComponent;

/** Query parameters from the defined entries. */
export function params(entries: Record<string, string | number | boolean | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out.set(key, String(value));
  return out;
}

/** Just the signal of call options, for spreading. */
export function signalOf(options: CallOptions): CallOptions {
  return options.signal === undefined ? {} : { signal: options.signal };
}

/** Lazily pages `path` with `schema`, passing the caller's signal to every page request. */
export function lister<S extends z.ZodMiniType>(
  http: Http,
  path: string,
  schema: S,
  searchParams: URLSearchParams,
  options: CallOptions,
): AsyncGenerator<z.output<S>, void, undefined> {
  const call = signalOf(options);
  return paginate(
    () => http.page(path, schema, { ...call, searchParams }),
    (next) => http.page(next, schema, call),
  );
}
