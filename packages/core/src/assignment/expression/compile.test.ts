import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../../errors.js';
import { compileExpression } from './compile.js';
import { ExpressionError } from './errors.js';

const user = {
  login: 'Ada.Lovelace@example.com',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  department: 'Engineering',
};

const run = (source: string, profile: Record<string, unknown> = user) =>
  compileExpression(source).evaluate({ user: profile });

function refusal(source: string): ExpressionError {
  try {
    compileExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`expected '${source}' to be refused`);
}

describe('compileExpression: accepted subset', () => {
  it.each([
    ['user.login', 'Ada.Lovelace@example.com'],
    ['"x"', 'x'],
    ["'single'", 'single'],
    ['user.firstName + "." + user.lastName', 'Ada.Lovelace'],
    ['String.substringBefore(user.email, "@")', 'ada'],
    ['String.substringBefore(user.firstName, "@")', 'Ada'],
    ['String.substringAfter(user.email, "@")', 'example.com'],
    ['String.substringAfter(user.firstName, "@")', ''],
    ['String.substring(user.lastName, 0, 4)', 'Love'],
    ['String.substring(user.lastName, 2, 100)', 'velace'],
    ['String.toLowerCase(user.login)', 'ada.lovelace@example.com'],
    ['String.toUpperCase(user.firstName)', 'ADA'],
    ['String.replace(user.department, "e", "3")', 'Engin33ring'],
    ['String.replaceFirst(user.department, "e", "3")', 'Engin3ering'],
    ['String.stringContains(user.email, "@") ? "yes" : "no"', 'yes'],
    ['String.join(".", user.firstName, user.lastName, "x")', 'Ada.Lovelace.x'],
    ['String.len(user.firstName)', 3],
    ['String.len(user.firstName) + 1', 4],
    ['String.len(user.firstName) + "1"', '31'],
    ['user.nickName != null ? user.nickName : user.firstName', 'Ada'],
    ['user.firstName == null ? "none" : user.firstName', 'Ada'],
    ['(user.firstName)', 'Ada'],
    ['String.toLowerCase(String.substring(user.firstName, 0, 1) + user.lastName)', 'alovelace'],
    ['"say \\"hi\\""', 'say "hi"'],
  ])('%s', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('propagates missing attributes as null through functions and +', () => {
    expect(run('String.toLowerCase(user.nickName)')).toBeNull();
    expect(run('user.nickName + "x"')).toBeNull();
    expect(run('user.nickName != null ? user.nickName : "fallback"')).toBe('fallback');
  });

  it('reads appuser.* only when the caller declares the app profile attributes', () => {
    const compiled = compileExpression('appuser.handle', { appUserAttributes: ['handle'] });
    expect(compiled.evaluate({ user, appuser: { handle: 'ada' } })).toBe('ada');
    expect(refusal('appuser.handle').reason).toBe('unknown_attribute');
  });

  it('accepts declared custom user attributes and never reads inherited properties', () => {
    const compiled = compileExpression('user.badge', { userAttributes: ['badge', 'constructor'] });
    expect(compiled.evaluate({ user: { badge: 42 } })).toBe('42');
    expect(
      compileExpression('user.constructor', { userAttributes: ['constructor'] }).evaluate({ user: {} }),
    ).toBeNull();
  });
});

describe('compileExpression: refusals carry reason and position', () => {
  it.each([
    ['user.salary', 'unknown_attribute', 0],
    ['"a" + user.salary', 'unknown_attribute', 6],
    ['manager.login', 'unknown_attribute', 0],
    ['String.reverse(user.login)', 'unknown_function', 7],
    ['String.toString(user.login)', 'unknown_function', 7],
    ['Math.max(1)', 'unknown_attribute', 0],
    ['user.login +', 'syntax', 12],
    ['user.login user.email', 'syntax', 11],
    ['"open', 'syntax', 0],
    ['user.login; drop', 'syntax', 10],
    ['String.len()', 'type', 0],
    ['String.toLowerCase(user.login, "x")', 'type', 0],
    ['String.substring(user.login, "0", 1)', 'type', 29],
    ['user.login ? "a" : "b"', 'type', 0],
    ['user.login == user.email', 'type', 11],
    ['String.stringContains(user.login, "a") + "x"', 'type', 0],
    ['1234567890', 'syntax', 0],
    ['"\\n"', 'syntax', 1],
  ] as const)('%s → %s at %i', (source, reason, position) => {
    const error = refusal(source);
    expect(error.reason).toBe(reason);
    expect(error.position).toBe(position);
    expect(error.message).toContain(`at position ${position}`);
    expect(isIntegrakitError(error, 'ERR_EXPRESSION')).toBe(true);
  });

  it('refuses sources longer than 1024 characters and nesting deeper than 32', () => {
    expect(refusal(`"${'a'.repeat(1030)}"`).reason).toBe('too_long');
    expect(refusal(`${'('.repeat(40)}user.login${')'.repeat(40)}`).reason).toBe('too_deep');
    expect(compileExpression(`${'('.repeat(20)}user.login${')'.repeat(20)}`).evaluate({ user })).toBe(user.login);
  });

  it('stops runaway growth at evaluation time with a typed error', () => {
    let source = 'user.login';
    for (let i = 0; i < 10; i += 1) source = `String.replace(${source}, "a", "aaaa")`;
    const compiled = compileExpression(source);
    expect(() => compiled.evaluate({ user: { login: 'aaaa' } })).toThrow(ExpressionError);
    expect(compiled.evaluate({ user: { login: 'bbbb' } })).toBe('bbbb');
  });
});
