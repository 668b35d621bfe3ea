import type { ExpressionNode, Value } from './ast.js';
import { ExpressionError } from './errors.js';
import { STRING_FUNCTIONS } from './functions.js';
import { EXPRESSION_LIMITS } from './parser.js';

/** Profiles an expression reads: the Okta user and, where there is one, the app user. */
export interface ExpressionContext {
  readonly user: Readonly<Record<string, unknown>>;
  readonly appuser?: Readonly<Record<string, unknown>>;
}

/**
 * Evaluates a checked AST. Missing attributes are null and null propagates through functions and
 * `+`, so `user.x != null ? … : …` is how an expression supplies a fallback.
 */
export function evaluateNode(node: ExpressionNode, context: ExpressionContext): Value {
  switch (node.kind) {
    case 'string':
    case 'number':
      return bounded(node.value, node.at);
    case 'null':
      return null;
    case 'attribute':
      return bounded(readAttribute(node.scope === 'user' ? context.user : context.appuser, node.name), node.at);
    case 'compare': {
      const equal = evaluateNode(node.left, context) === evaluateNode(node.right, context);
      return node.op === '==' ? equal : !equal;
    }
    case 'conditional':
      return evaluateNode(node.test, context) === true
        ? evaluateNode(node.then, context)
        : evaluateNode(node.otherwise, context);
    case 'concat':
      return concat(node.parts, context, node.at);
    case 'call': {
      const args = node.args.map((arg) => evaluateNode(arg, context));
      if (args.some((arg) => arg === null)) return null;
      const spec = STRING_FUNCTIONS[node.name];
      if (spec === undefined)
        throw new ExpressionError('unknown_function', `Unknown function 'String.${node.name}'`, node.at);
      return bounded(spec.apply(args), node.at);
    }
  }
}

function concat(parts: readonly ExpressionNode[], context: ExpressionContext, at: number): Value {
  const values = parts.map((part) => evaluateNode(part, context));
  if (values.some((value) => value === null)) return null;
  if (values.every((value) => typeof value === 'number')) {
    return values.reduce<number>((sum, value) => sum + Number(value), 0);
  }
  let out = '';
  for (const value of values) {
    out += String(value);
    bounded(out, at);
  }
  return out;
}

function readAttribute(profile: Readonly<Record<string, unknown>> | undefined, name: string): Value {
  if (profile === undefined || !Object.hasOwn(profile, name)) return null;
  const value = profile[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function bounded(value: Value, at: number): Value {
  if (typeof value === 'string' && value.length > EXPRESSION_LIMITS.maxResultLength) {
    throw new ExpressionError(
      'result_too_long',
      `Expression produced more than ${EXPRESSION_LIMITS.maxResultLength} characters`,
      at,
    );
  }
  return value;
}
