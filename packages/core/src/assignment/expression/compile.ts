import type { ExpressionNode, Value, ValueType } from './ast.js';
import { OKTA_USER_ATTRIBUTES } from './attributes.js';
import { checkTypes } from './check.js';
import { type ExpressionContext, evaluateNode } from './evaluate.js';
import { parseExpression } from './parser.js';

/** Options for {@link compileExpression}. */
export interface CompileOptions {
  /**
   * Custom `user.*` profile attributes of the org, on top of Okta's base profile.
   * @default []
   */
  readonly userAttributes?: readonly string[];
  /**
   * App user profile attributes `appuser.*` may reference; leave empty where there is no app user
   * (for instance while the username itself is being computed).
   * @default []
   */
  readonly appUserAttributes?: readonly string[];
}

/** A parsed and type-checked expression, safe to evaluate any number of times. */
export interface CompiledExpression {
  readonly source: string;
  readonly ast: ExpressionNode;
  /** Static type of the result. */
  readonly type: ValueType;
  /** Evaluates against the given profiles; only throws `ExpressionError` (`result_too_long`). */
  evaluate(context: ExpressionContext): Value;
}

/**
 * Parses and checks an Okta Expression Language expression of the supported subset (attributes,
 * string literals, `+`, `String.*` functions, `x != null ? a : b`). Unknown functions and
 * attributes are refused here, with their position; nothing is ever passed to `eval`.
 * @throws ExpressionError
 */
export function compileExpression(source: string, options: CompileOptions = {}): CompiledExpression {
  const ast = parseExpression(source, {
    user: new Set([...OKTA_USER_ATTRIBUTES, ...(options.userAttributes ?? [])]),
    appuser: new Set(options.appUserAttributes ?? []),
  });
  const type = checkTypes(ast);
  return { source, ast, type, evaluate: (context) => evaluateNode(ast, context) };
}
