/** Static types of expression values; attributes are `string` and may be missing (null) at run time. */
export type ValueType = 'string' | 'number' | 'boolean' | 'null';

/** A run-time value. */
export type Value = string | number | boolean | null;

/** Nodes of a parsed expression; `at` is the source offset of the node. */
export type ExpressionNode =
  | { readonly kind: 'string'; readonly at: number; readonly value: string }
  | { readonly kind: 'number'; readonly at: number; readonly value: number }
  | { readonly kind: 'null'; readonly at: number }
  | { readonly kind: 'attribute'; readonly at: number; readonly scope: AttributeScope; readonly name: string }
  | { readonly kind: 'call'; readonly at: number; readonly name: string; readonly args: readonly ExpressionNode[] }
  | { readonly kind: 'concat'; readonly at: number; readonly parts: readonly ExpressionNode[] }
  | {
      readonly kind: 'compare';
      readonly at: number;
      readonly op: '==' | '!=';
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    }
  | {
      readonly kind: 'conditional';
      readonly at: number;
      readonly test: ExpressionNode;
      readonly then: ExpressionNode;
      readonly otherwise: ExpressionNode;
    };

/** `user.*` is the Okta user profile; `appuser.*` the app user profile (only where the context has one). */
export type AttributeScope = 'user' | 'appuser';
