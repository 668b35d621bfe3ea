// Letters that NFKD does not decompose into a base letter plus marks.
const special: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const specialPattern = /[ßæœøłđðþı]/g;
const marks = /\p{M}/gu;
const ascii = /^[^\u0080-\uffff]*$/;

/** Lower-cases and strips diacritics, so `Zoë`, `ZOE` and `zoe` compare equal. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ascii.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(marks, '')
    .replace(specialPattern, (letter) => special[letter] ?? letter);
}

/** A word of a text: its folded form and its range in the original text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

const word = /[\p{L}\p{N}]+/gu;
// Sub-word boundaries inside one word: `PagerDuty` → Pager|Duty, `Auth0` → Auth|0.
const boundary = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/** Receives one folded word of a text and its range in the original text. */
export type WordVisitor = (term: string, start: number, end: number) => void;

/** Visits the folded words of a text with their source offsets, allocating nothing but the words. */
export function eachWord(text: string, visit: WordVisitor): void {
  if (ascii.test(text)) {
    // Plain ASCII, the common case, is scanned by hand: several times faster than a Unicode regex.
    const lower = text.toLowerCase();
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (isWord && start < 0) start = i;
      else if (!isWord && start >= 0) {
        visit(lower.slice(start, i), start, i);
        start = -1;
      }
    }
    return;
  }
  for (const match of text.matchAll(word)) visit(fold(match[0]), match.index, match.index + match[0].length);
}

/** The camel-case and letter/digit parts of a word, when it has more than one (`PagerDuty` → pager, duty). */
export function subwords(text: string, token: Token): Token[] {
  const raw = text.slice(token.start, token.end);
  if (raw === token.term || !boundary.test(raw)) return [];
  // A boundary sits between two characters, so the split gives at least two non-empty parts.
  const parts = raw.split(boundary);
  const out: Token[] = [];
  let offset = token.start;
  for (const part of parts) {
    out.push({ term: fold(part), start: offset, end: offset + part.length });
    offset += part.length;
  }
  return out;
}
