import type { Context } from 'hono';
import { OktaHttpError, validationError } from './errors.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Reads the JSON body (at most {@link MAX_BODY_BYTES}); malformed JSON is Okta's `E0000003`. */
export async function readJson(c: Context): Promise<unknown> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw tooLarge();
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader !== undefined) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
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
      result.error.issues.map((item) => {
        const path = item.path.map(String).join('.') || '(root)';
        return { code: item.code, message: `${path}: ${item.message}` };
      }),
    );
  }
  return result.data;
}

function tooLarge(): OktaHttpError {
  return new OktaHttpError(413, 'E0000003', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
}
