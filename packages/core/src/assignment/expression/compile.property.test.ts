import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../../scripts/property-runs.js';
import { compileExpression } from './compile.js';
import { ExpressionError } from './errors.js';
import { STRING_FUNCTION_NAMES } from './functions.js';

const atoms = ['user.login', 'user.email', 'user.nickName', '"@"', '"a"', '0', '3', 'null', 'appuser.x'];
const fragment = fc.oneof(
  fc.constantFrom(...atoms, ...STRING_FUNCTION_NAMES.map((name) => `String.${name}(`)),
  fc.constantFrom('(', ')', ',', '+', '?', ':', '!=', '==', ' ', '"', '\\', '.', 'String', 'eval('),
  fc.string({ maxLength: 4 }),
);
const soup = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const profile = fc.dictionary(
  fc.constantFrom('login', 'email', 'nickName', 'x'),
  fc.oneof(fc.string(), fc.constant(null)),
);

function onlyTypedErrors(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
  }
}

describe('expression engine properties', () => {
  it('never throws anything but ExpressionError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 300 })), profile, (source, user) => {
        onlyTypedErrors(() => {
          const compiled = compileExpression(source);
          const value = compiled.evaluate({ user, appuser: user });
          expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
        });
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  it('handles deep or long input without stack overflow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom('(', 'String.len(', '"a"+', '1?'),
        (count, unit) => {
          onlyTypedErrors(() => compileExpression(unit.repeat(count)).evaluate({ user: {} }));
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });
});
