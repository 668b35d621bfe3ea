import type { ExpressionNode, ValueType } from './ast.js';
import { ExpressionError } from './errors.js';
import { STRING_FUNCTIONS } from './functions.js';

/** Infers the static type of `node`, throwing {@link ExpressionError} (`type`) where types do not fit. */
export function checkTypes(node: ExpressionNode): ValueType {
  switch (node.kind) {
    case 'string':
    case 'number':
    case 'null':
      return node.kind;
    case 'attribute':
      return 'string';
    case 'compare':
      checkTypes(node.left);
      checkTypes(node.right);
      return 'boolean';
    case 'concat': {
      const types = node.parts.map((part) => {
        const type = checkTypes(part);
        if (type === 'boolean')
          throw new ExpressionError('type', "A true/false value cannot be joined with '+'", part.at);
        return type;
      });
      return types.every((type) => type === 'number') ? 'number' : 'string';
    }
    case 'conditional': {
      if (checkTypes(node.test) !== 'boolean') {
        throw new ExpressionError(
          'type',
          "The condition before '?' must be a comparison with null or a test",
          node.test.at,
        );
      }
      return joinBranches(checkTypes(node.then), checkTypes(node.otherwise), node.otherwise.at);
    }
    case 'call':
      return checkCall(node);
  }
}

function checkCall(node: Extract<ExpressionNode, { kind: 'call' }>): ValueType {
  // The parser only builds calls to names in STRING_FUNCTIONS.
  const spec = STRING_FUNCTIONS[node.name];
  if (spec === undefined)
    throw new ExpressionError('unknown_function', `Unknown function 'String.${node.name}'`, node.at);
  const arity = spec.variadic ? `at least ${spec.params.length}` : `${spec.params.length}`;
  if (node.args.length < spec.params.length || (!spec.variadic && node.args.length > spec.params.length)) {
    throw new ExpressionError(
      'type',
      `String.${node.name} takes ${arity} argument(s), got ${node.args.length}`,
      node.at,
    );
  }
  node.args.forEach((arg, index) => {
    const expected = spec.params[Math.min(index, spec.params.length - 1)];
    const actual = checkTypes(arg);
    const fits = expected === 'number' ? actual === 'number' : actual === 'string' || actual === 'null';
    if (!fits) {
      throw new ExpressionError('type', `Argument ${index + 1} of String.${node.name} must be a ${expected}`, arg.at);
    }
  });
  return spec.returns;
}

function joinBranches(then: ValueType, otherwise: ValueType, at: number): ValueType {
  if (then === otherwise) return then;
  if (then === 'null') return otherwise;
  if (otherwise === 'null') return then;
  if (then !== 'boolean' && otherwise !== 'boolean') return 'string';
  throw new ExpressionError('type', 'Both branches of a condition must produce the same kind of value', at);
}
