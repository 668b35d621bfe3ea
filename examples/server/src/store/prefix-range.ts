/** Above every TEXT value: SQLite orders every BLOB after every TEXT. */
const ABOVE_ALL_TEXT = Buffer.of(0xff);

/**
 * The search text as SQLite will hold it: better-sqlite3 writes a lone surrogate as U+FFFD, so
 * the range bounds are worked out on what the database compares.
 */
export const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');

/**
 * The bound just above every string that starts with `prefix` (non-empty, well-formed), as SQLite
 * compares TEXT (UTF-8 bytes, so code-point order): the prefix with its last code point raised by
 * one. `value >= prefix AND value < prefixEnd(prefix)` is then "starts with `prefix`", a range an
 * index can read.
 */
export function prefixEnd(prefix: string): string | Buffer {
  const points = [...prefix].map((char) => char.codePointAt(0) ?? 0);
  while (points.at(-1) === 0x10ffff) points.pop();
  const last = points.pop();
  if (last === undefined) return ABOVE_ALL_TEXT;
  // No string holds a surrogate code point: after U+D7FF comes U+E000.
  return String.fromCodePoint(...points, last === 0xd7ff ? 0xe000 : last + 1);
}
