import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile.js';
import { ExpressionError } from './errors.js';
import { evaluateNode } from './evaluate.js';
import { EXPRESSION_LIMITS } from './parser.js';

const user = { firstName: 'Ada', lastName: 'Lovelace' };
const LIMIT = EXPRESSION_LIMITS.maxResultLength;

const run = (source: string, profile: Record<string, unknown> = user, appuser?: Record<string, unknown>) =>
  compileExpression(source, { userAttributes: Object.keys(profile), appUserAttributes: ['handle'] }).evaluate(
    appuser === undefined ? { user: profile } : { user: profile, appuser },
  );

function evaluationError(run: () => unknown): ExpressionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error('expected the evaluation to be refused');
}

describe('null propagation', () => {
  it('makes a call null when any argument is null, not only when all are', () => {
    expect(run('String.join(".", user.firstName, user.nickName)')).toBeNull();
    expect(run('String.join(".", user.nickName, user.firstName)')).toBeNull();
    expect(run('String.join(".", user.firstName, user.lastName)')).toBe('Ada.Lovelace');
  });

  it('makes a concatenation null when any part is null', () => {
    expect(run('user.firstName + user.nickName')).toBeNull();
    expect(run('user.nickName + user.firstName')).toBeNull();
  });

  it('compares null with null as equal, and null with a value as different', () => {
    expect(run('user.nickName == null ? "missing" : "present"')).toBe('missing');
    expect(run('user.firstName != null ? "present" : "missing"')).toBe('present');
    expect(run('user.firstName == null ? "missing" : "present"')).toBe('present');
  });
});

describe('attribute values', () => {
  it('reads numbers and booleans as strings and anything else as null', () => {
    const profile = { count: 7, active: false, nested: { a: 1 }, list: ['a'] };
    expect(run('user.count', profile)).toBe('7');
    expect(run('user.active', profile)).toBe('false');
    expect(run('user.nested', profile)).toBeNull();
    expect(run('user.list', profile)).toBeNull();
  });

  it('reads the app user profile, and null when the context has none', () => {
    expect(run('appuser.handle', user, { handle: 'ada' })).toBe('ada');
    expect(run('appuser.handle', user)).toBeNull();
  });
});

describe('numbers', () => {
  it('adds numbers and joins a number with a string', () => {
    expect(run('String.len(user.firstName) + String.len(user.lastName)')).toBe(11);
    expect(run('String.len(user.firstName) + user.lastName')).toBe('3Lovelace');
  });
});

describe('result length limit', () => {
  it('allows a result of exactly the limit and refuses one character more', () => {
    expect(run('user.a + user.b', { a: 'a'.repeat(LIMIT / 2), b: 'b'.repeat(LIMIT / 2) })).toHaveLength(LIMIT);
    const error = evaluationError(() =>
      run('user.a + user.b', { a: 'a'.repeat(LIMIT / 2), b: 'b'.repeat(LIMIT / 2 + 1) }),
    );
    expect(error.reason).toBe('result_too_long');
    expect(error.position).toBe(0);
    expect(error.message).toBe(`Expression produced more than ${LIMIT} characters (at position 0)`);
  });

  it('bounds attribute values and function results the same way', () => {
    expect(run('user.a', { a: 'a'.repeat(LIMIT) })).toHaveLength(LIMIT);
    expect(evaluationError(() => run('user.a', { a: 'a'.repeat(LIMIT + 1) })).reason).toBe('result_too_long');
    const source = 'String.join("", user.a, "x")';
    expect(run(source, { a: 'a'.repeat(LIMIT - 1) })).toHaveLength(LIMIT);
    const error = evaluationError(() => run(source, { a: 'a'.repeat(LIMIT) }));
    expect(error.reason).toBe('result_too_long');
    expect(error.position).toBe(0);
  });
});

describe('evaluateNode on an unchecked tree', () => {
  it('refuses a function the checker would have refused', () => {
    const node = { kind: 'call', at: 3, name: 'reverse', args: [{ kind: 'string', at: 10, value: 'x' }] } as const;
    const error = evaluationError(() => evaluateNode(node, { user }));
    expect(error.reason).toBe('unknown_function');
    expect(error.position).toBe(3);
    expect(error.message).toContain("'String.reverse'");
  });
});
