import { ExpressionError } from './errors.js';

/** One lexical token with its source offset. */
export type Token =
  | { readonly type: 'string'; readonly at: number; readonly value: string }
  | { readonly type: 'number'; readonly at: number; readonly value: number }
  | { readonly type: 'ident'; readonly at: number; readonly value: string }
  | { readonly type: 'punct'; readonly at: number; readonly value: Punctuation }
  | { readonly type: 'end'; readonly at: number };

/** Operators and separators of the supported subset. */
export type Punctuation = '.' | ',' | '(' | ')' | '+' | '?' | ':' | '==' | '!=';

const singles = new Set(['.', ',', '(', ')', '+', '?', ':']);
const identStart = /[A-Za-z_]/;
const identPart = /[A-Za-z0-9_]/;
const digit = /[0-9]/;
// Integer literals only serve as String.substring indexes; more digits than this is never a real index.
const maxDigits = 9;

/** Splits `source` into tokens; throws {@link ExpressionError} (`syntax`) on anything outside the subset. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      index += 1;
    } else if (char === '"' || char === "'") {
      const [value, end] = readString(source, index);
      tokens.push({ type: 'string', at: index, value });
      index = end;
    } else if (digit.test(char)) {
      let end = index;
      while (end < source.length && digit.test(source.charAt(end))) end += 1;
      if (end - index > maxDigits) throw new ExpressionError('syntax', 'Number literal is too large', index);
      tokens.push({ type: 'number', at: index, value: Number(source.slice(index, end)) });
      index = end;
    } else if (identStart.test(char)) {
      let end = index;
      while (end < source.length && identPart.test(source.charAt(end))) end += 1;
      tokens.push({ type: 'ident', at: index, value: source.slice(index, end) });
      index = end;
    } else if ((char === '=' || char === '!') && source.charAt(index + 1) === '=') {
      tokens.push({ type: 'punct', at: index, value: char === '=' ? '==' : '!=' });
      index += 2;
    } else if (singles.has(char)) {
      tokens.push({ type: 'punct', at: index, value: char as Punctuation });
      index += 1;
    } else {
      throw new ExpressionError('syntax', `Unexpected character '${char}'`, index);
    }
  }
  tokens.push({ type: 'end', at: source.length });
  return tokens;
}

function readString(source: string, start: number): [string, number] {
  const quote = source.charAt(start);
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === quote) return [value, index + 1];
    if (char === '\\') {
      const escaped = source.charAt(index + 1);
      if (escaped !== quote && escaped !== '\\') {
        throw new ExpressionError('syntax', 'Only \\\\ and an escaped quote are allowed in strings', index);
      }
      value += escaped;
      index += 2;
    } else {
      value += char;
      index += 1;
    }
  }
  throw new ExpressionError('syntax', 'Unterminated string literal', start);
}
