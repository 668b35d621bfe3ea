/** Why a body could not be read in full. */
export class BodyLimitError extends Error {
  override readonly name = 'BodyLimitError';
  constructor(readonly limit: number) {
    super(`the response body is larger than ${limit} bytes`);
  }
}

/**
 * Reads `response`'s body as UTF-8, at most `limit` bytes as delivered by fetch (that is, after
 * `Content-Encoding` is undone, so a gzip bomb counts at its inflated size). Past the limit it
 * calls `abort` — which tears the connection down — and throws {@link BodyLimitError}; it never
 * buffers more than `limit` plus one chunk.
 */
export async function readBounded(response: Response, limit: number, abort: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    abort();
    throw new BodyLimitError(limit);
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      abort();
      throw new BodyLimitError(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
}
