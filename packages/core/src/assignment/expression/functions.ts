import type { Value, ValueType } from './ast.js';

/** A parameter's static type; `string` parameters also accept possibly-missing attributes. */
type Param = 'string' | 'number';

interface FunctionSpec {
  readonly params: readonly Param[];
  /** When set, the last parameter repeats and at least `params.length` arguments are needed. */
  readonly variadic?: true;
  readonly returns: ValueType;
  /** Called only with non-null arguments of the declared types; a null argument yields null. */
  readonly apply: (args: readonly Value[]) => Value;
}

const str = (value: Value | undefined): string => String(value ?? '');
const int = (value: Value | undefined): number => Number(value ?? 0);

/**
 * The `String.*` functions of the Okta Expression Language subset. Matching is literal (never a
 * regular expression) so that no user-written pattern can make evaluation slow.
 */
export const STRING_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  // Apache Commons semantics, which Okta's String functions follow: no separator → whole string.
  substringBefore: {
    params: ['string', 'string'],
    returns: 'string',
    apply: ([input, separator]) => {
      const at = str(input).indexOf(str(separator));
      return at < 0 ? str(input) : str(input).slice(0, at);
    },
  },
  substringAfter: {
    params: ['string', 'string'],
    returns: 'string',
    apply: ([input, separator]) => {
      const at = str(input).indexOf(str(separator));
      return at < 0 ? '' : str(input).slice(at + str(separator).length);
    },
  },
  // Indexes are clamped to the string instead of failing, so a short value never aborts an assignment.
  substring: {
    params: ['string', 'number', 'number'],
    returns: 'string',
    apply: ([input, start, end]) => str(input).slice(int(start), Math.max(int(start), int(end))),
  },
  toLowerCase: { params: ['string'], returns: 'string', apply: ([input]) => str(input).toLowerCase() },
  toUpperCase: { params: ['string'], returns: 'string', apply: ([input]) => str(input).toUpperCase() },
  replace: {
    params: ['string', 'string', 'string'],
    returns: 'string',
    apply: ([input, match, replacement]) =>
      str(match) === '' ? str(input) : str(input).split(str(match)).join(str(replacement)),
  },
  replaceFirst: {
    params: ['string', 'string', 'string'],
    returns: 'string',
    apply: ([input, match, replacement]) => {
      const at = str(input).indexOf(str(match));
      if (at < 0 || str(match) === '') return str(input);
      return str(input).slice(0, at) + str(replacement) + str(input).slice(at + str(match).length);
    },
  },
  stringContains: {
    params: ['string', 'string'],
    returns: 'boolean',
    apply: ([input, search]) => str(input).includes(str(search)),
  },
  join: {
    params: ['string', 'string'],
    variadic: true,
    returns: 'string',
    apply: ([separator, ...parts]) => parts.map(str).join(str(separator)),
  },
  len: { params: ['string'], returns: 'number', apply: ([input]) => str(input).length },
};

/** Names of the supported `String.*` functions. */
export const STRING_FUNCTION_NAMES = Object.keys(STRING_FUNCTIONS);
