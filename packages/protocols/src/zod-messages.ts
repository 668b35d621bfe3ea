// zod's default wording ("Too big: expected number to be <=60") rewritten in the voice of the rest
// of the errors ("must be at most 60"). Passed per parse, so a schema's own message still wins.
import type * as z from 'zod/mini';
import { closest, orList } from './suggest.js';

/** Enums longer than this are not listed in full; the closest values are named instead. */
const LISTED_VALUES = 5;

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

const units: Record<string, [string, string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function bound(origin: string, word: 'most' | 'least', limit: number | bigint | Date, inclusive = true): string {
  const unit = units[origin];
  const value = limit instanceof Date ? limit.toISOString() : String(limit);
  if (unit !== undefined) {
    if (word === 'least' && Number(limit) === 1) return 'must not be empty';
    const noun = Number(limit) === 1 ? unit[0] : unit[1];
    return `must have at ${word} ${value} ${noun}`;
  }
  if (!inclusive) return `must be ${word === 'most' ? 'less' : 'greater'} than ${value}`;
  return `must be at ${word} ${value}`;
}

function enumMessage(values: readonly unknown[], input: unknown): string {
  const names = values.map(String);
  const near = typeof input === 'string' ? closest(input, names) : [];
  const hint = near.length > 0 ? `; did you mean ${orList(near)}?` : '';
  if (names.length <= LISTED_VALUES) return `must be one of ${orList(names)}${hint}`;
  return `is not one of the ${names.length} allowed values${hint || ` (for example ${orList(names.slice(0, 3))})`}`;
}

const formats: Record<string, string> = {
  url: 'a valid URL',
  email: 'a valid email address',
  uuid: 'a UUID',
  datetime: 'an ISO 8601 date-time',
  date: 'an ISO 8601 date',
  base64: 'base64',
  base64url: 'base64url',
};

/** The error map `define` and `parseOrThrow` parse with. */
export const configErrorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `must be ${article(issue.expected === 'array' ? 'list' : issue.expected)}`;
    case 'too_big':
      return bound(issue.origin, 'most', issue.maximum, issue.inclusive);
    case 'too_small':
      return bound(issue.origin, 'least', issue.minimum, issue.inclusive);
    case 'invalid_value':
      if (issue.input === undefined) return 'required';
      return enumMessage(issue.values, issue.input);
    case 'invalid_format':
      if (issue.format === 'regex' || issue.format === 'starts_with' || issue.format === 'ends_with') {
        return 'has an invalid format';
      }
      return `must be ${formats[issue.format] ?? `a valid ${issue.format}`}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return undefined;
  }
};
