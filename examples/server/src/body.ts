import type { Context } from 'hono';
import { OktaHttpError, validationError } from './errors.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Deepest nesting of objects and arrays accepted in a body; Okta's own payloads nest about 6 deep. */
export const MAX_BODY_DEPTH = 32;

/**
 * Reads the JSON body (at most {@link MAX_BODY_BYTES}, nested at most {@link MAX_BODY_DEPTH}
 * deep); malformed JSON is Okta's `E0000003`, too deep is `E0000001`.
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await readText(c, MAX_BODY_BYTES);
  if (text.trim() === '') return {};
  // Checked on the text, before parsing, so no recursive walker downstream ever sees deep input.
  if (nestingExceeds(text, MAX_BODY_DEPTH)) {
    throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [
      `body: nested deeper than ${MAX_BODY_DEPTH} levels of objects and arrays`,
    ]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new OktaHttpError(400, 'E0000003', 'The request body was not well-formed.');
  }
}

/** Reads and validates the body with `schema`; bad input is `E0000001` naming each field. */
/** The part of a zod schema {@link readBody} uses. */
interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}
type Issue = { readonly path: readonly PropertyKey[]; readonly code: string; readonly message: string };

export async function readBody<T>(c: Context, schema: Schema<T>): Promise<T> {
  const body = await readJson(c);
  const result = schema.safeParse(body);
  if (!result.success) {
    throw validationError(
      result.error.issues.map((item) => ({
        path: item.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        code: item.code,
        message: item.message,
      })),
    );
  }
  return result.data;
}

const [QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [...'"\\{}[]'].map((c) =>
  c.charCodeAt(0),
);

/** Whether JSON `text` nests objects and arrays more than `max` deep; one pass, strings skipped. */
export function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth += 1;
      if (depth > max) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}

/**
 * Reads the body as UTF-8, refusing (413 `E0000003`) more than `maxBytes` before buffering it:
 * by `Content-Length` when sent, else while streaming.
 */
export async function readText(c: Context, maxBytes: number): Promise<string> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > maxBytes) throw tooLarge(maxBytes);
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader !== undefined) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): OktaHttpError {
  return new OktaHttpError(413, 'E0000003', `The request body is larger than ${maxBytes} bytes.`);
}
