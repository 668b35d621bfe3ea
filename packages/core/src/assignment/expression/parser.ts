import type { AttributeScope, ExpressionNode } from './ast.js';
import { ExpressionError } from './errors.js';
import { STRING_FUNCTION_NAMES, STRING_FUNCTIONS } from './functions.js';
import { type Punctuation, type Token, tokenize } from './lexer.js';

/** Limits that keep parsing and evaluation bounded whatever the input. */
export const EXPRESSION_LIMITS = {
  /** Okta stores username templates of at most 1024 characters. */
  maxLength: 1024,
  /** Nesting of calls, parentheses and conditionals. */
  maxDepth: 32,
  /** Longest string any step of an evaluation may produce. */
  maxResultLength: 4096,
} as const;

/** Which attributes an expression may reference; anything else is refused at definition time. */
export interface AttributeCatalog {
  readonly user: ReadonlySet<string>;
  /** Empty when the context has no app user profile. */
  readonly appuser: ReadonlySet<string>;
}

/** Parses `source` into an AST, checking names against `attributes`; throws {@link ExpressionError}. */
export function parseExpression(source: string, attributes: AttributeCatalog): ExpressionNode {
  if (source.length > EXPRESSION_LIMITS.maxLength) {
    throw new ExpressionError(
      'too_long',
      `Expression is longer than ${EXPRESSION_LIMITS.maxLength} characters`,
      EXPRESSION_LIMITS.maxLength,
    );
  }
  const parser = new Parser(tokenize(source), attributes);
  const node = parser.conditional(0);
  parser.expectEnd();
  return node;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly attributes: AttributeCatalog,
  ) {}

  conditional(depth: number): ExpressionNode {
    this.guardDepth(depth);
    const test = this.comparison(depth);
    if (!this.takePunct('?')) return test;
    const then = this.conditional(depth + 1);
    this.expectPunct(':');
    const otherwise = this.conditional(depth + 1);
    return { kind: 'conditional', at: test.at, test, then, otherwise };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.type !== 'end') throw new ExpressionError('syntax', `Unexpected ${describe(token)}`, token.at);
  }

  private comparison(depth: number): ExpressionNode {
    const left = this.additive(depth);
    const token = this.peek();
    if (token.type !== 'punct' || (token.value !== '==' && token.value !== '!=')) return left;
    this.index += 1;
    const right = this.additive(depth);
    if (left.kind !== 'null' && right.kind !== 'null') {
      throw new ExpressionError('type', 'Only comparisons with null are supported', token.at);
    }
    return { kind: 'compare', at: left.at, op: token.value, left, right };
  }

  private additive(depth: number): ExpressionNode {
    const first = this.primary(depth);
    const parts = [first];
    while (this.takePunct('+')) parts.push(this.primary(depth));
    return parts.length === 1 ? first : { kind: 'concat', at: first.at, parts };
  }

  private primary(depth: number): ExpressionNode {
    const token = this.next();
    switch (token.type) {
      case 'string':
        return { kind: 'string', at: token.at, value: token.value };
      case 'number':
        return { kind: 'number', at: token.at, value: token.value };
      case 'ident':
        return this.identifier(token.value, token.at, depth);
      case 'punct':
        if (token.value === '(') {
          const inner = this.conditional(depth + 1);
          this.expectPunct(')');
          return inner;
        }
        throw new ExpressionError('syntax', `Unexpected '${token.value}'`, token.at);
      default:
        throw new ExpressionError('syntax', 'Unexpected end of expression', token.at);
    }
  }

  private identifier(name: string, at: number, depth: number): ExpressionNode {
    if (name === 'null') return { kind: 'null', at };
    if (name === 'String') return this.call(at, depth);
    if (name !== 'user' && name !== 'appuser') {
      throw new ExpressionError('unknown_attribute', `Unknown name '${name}'; use user.<attribute>`, at);
    }
    this.expectPunct('.');
    const attribute = this.next();
    if (attribute.type !== 'ident') throw new ExpressionError('syntax', 'Expected an attribute name', attribute.at);
    const scope: AttributeScope = name;
    if (!this.attributes[scope].has(attribute.value)) {
      const where = scope === 'appuser' && this.attributes.appuser.size === 0 ? ' (no app user profile here)' : '';
      throw new ExpressionError('unknown_attribute', `Unknown attribute '${scope}.${attribute.value}'${where}`, at);
    }
    return { kind: 'attribute', at, scope, name: attribute.value };
  }

  private call(at: number, depth: number): ExpressionNode {
    this.expectPunct('.');
    const name = this.next();
    if (name.type !== 'ident') throw new ExpressionError('syntax', 'Expected a function name', name.at);
    if (!Object.hasOwn(STRING_FUNCTIONS, name.value)) {
      throw new ExpressionError(
        'unknown_function',
        `Unknown function 'String.${name.value}'; supported: ${STRING_FUNCTION_NAMES.join(', ')}`,
        name.at,
      );
    }
    this.expectPunct('(');
    const args: ExpressionNode[] = [];
    if (!this.takePunct(')')) {
      do args.push(this.conditional(depth + 1));
      while (this.takePunct(','));
      this.expectPunct(')');
    }
    return { kind: 'call', at, name: name.value, args };
  }

  private guardDepth(depth: number): void {
    if (depth > EXPRESSION_LIMITS.maxDepth) {
      throw new ExpressionError(
        'too_deep',
        `Expression nests deeper than ${EXPRESSION_LIMITS.maxDepth} levels`,
        this.peek().at,
      );
    }
  }

  private peek(): Token {
    // The lexer always ends the list with an `end` token, and `next` never moves past it.
    return this.tokens[this.index] ?? { type: 'end', at: 0 };
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private takePunct(value: Punctuation): boolean {
    const token = this.peek();
    if (token.type === 'punct' && token.value === value) {
      this.index += 1;
      return true;
    }
    return false;
  }

  private expectPunct(value: Punctuation): void {
    const token = this.peek();
    if (!this.takePunct(value))
      throw new ExpressionError('syntax', `Expected '${value}' but found ${describe(token)}`, token.at);
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the expression';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    default:
      return `'${token.value}'`;
  }
}
