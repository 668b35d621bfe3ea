import { OktaHttpError } from '../errors.js';

/** Attributes a System Log `filter` may name, and the SQL each compares. */
const ATTRIBUTES = {
  eventType: 'e.event_type',
  'outcome.result': 'e.outcome_result',
  'actor.id': 'e.actor_id',
  severity: 'e.severity',
  'target.id': 't.id',
  'target.type': 't.type',
} as const;
type Attribute = keyof typeof ATTRIBUTES;

/** The filter's bounds: an expression is refused past these, so a query stays cheap to plan and run. */
export const FILTER_LIMITS = { length: 1024, terms: 20, depth: 5 } as const;

/** A parsed filter as SQL with its parameters (values are always bound, never spliced). */
export interface CompiledFilter {
  readonly sql: string;
  readonly params: readonly string[];
}

const TOKEN = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|([A-Za-z_.]+))/y;

/**
 * Parses Okta's System Log filter — `attribute op "value"` terms with `eq`, `sw` or `co`, joined by
 * `and` / `or` (and before or), with parentheses — into SQL over the `log_events e` row. Anything else
 * is a 400 `E0000001` naming the problem.
 */
export function compileFilter(filter: string): CompiledFilter {
  if (filter.length > FILTER_LIMITS.length) fail(`must be at most ${FILTER_LIMITS.length} characters`);
  const tokens = tokenize(filter);
  let position = 0;
  let terms = 0;
  const params: string[] = [];
  const peek = () => tokens[position];
  const take = () => tokens[position++];

  const term = (depth: number): string => {
    if (depth > FILTER_LIMITS.depth) fail(`parentheses nest deeper than ${FILTER_LIMITS.depth}`);
    const token = take();
    if (token === '(') {
      const inner = or(depth + 1);
      if (take() !== ')') fail('a parenthesis is not closed');
      return `(${inner})`;
    }
    if (token === undefined) fail('ends where a term was expected');
    // Own keys only: `toString` or `__proto__` must be refused, not read off Object.prototype.
    if (!Object.hasOwn(ATTRIBUTES, token))
      fail(`'${token}' is not a filterable attribute (${Object.keys(ATTRIBUTES).join(', ')})`);
    const op = take()?.toLowerCase();
    const literal = take();
    if (op !== 'eq' && op !== 'sw' && op !== 'co') fail(`'${token}' needs eq, sw or co`);
    if (literal === undefined || !literal.startsWith('"')) fail(`'${token} ${op}' needs a quoted value`);
    if (++terms > FILTER_LIMITS.terms) fail(`has more than ${FILTER_LIMITS.terms} terms`);
    const value = unquote(literal);
    const column = ATTRIBUTES[token as Attribute];
    const pattern = op === 'eq' ? value : op === 'sw' ? `${escapeLike(value)}%` : `%${escapeLike(value)}%`;
    params.push(pattern);
    const test = op === 'eq' ? `${column} = ?` : `${column} LIKE ? ESCAPE '\\'`;
    return column.startsWith('t.')
      ? `EXISTS (SELECT 1 FROM log_targets t WHERE t.event_seq = e.seq AND ${test})`
      : test;
  };
  const and = (depth: number): string => {
    let sql = term(depth);
    while (peek()?.toLowerCase() === 'and') {
      take();
      sql = `${sql} AND ${term(depth)}`;
    }
    return sql;
  };
  const or = (depth: number): string => {
    let sql = and(depth);
    while (peek()?.toLowerCase() === 'or') {
      take();
      sql = `${sql} OR ${and(depth)}`;
    }
    return sql;
  };

  const sql = or(0);
  if (position < tokens.length) fail(`unexpected '${tokens[position]}'`);
  return { sql: `(${sql})`, params };
}

function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    if (filter.slice(TOKEN.lastIndex).trim() === '') break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(filter);
    if (match === null) fail(`cannot be read at character ${start + 1}`);
    tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return tokens;
}

function unquote(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return fail(`${literal} is not a valid quoted string`);
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

function fail(problem: string): never {
  throw new OktaHttpError(400, 'E0000001', 'Api validation failed: filter', [`filter: ${problem}`]);
}
