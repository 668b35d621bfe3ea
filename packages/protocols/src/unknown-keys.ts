// Unknown keys in `define` input: zod's plain objects drop them silently, so `redirect_uris`
// (Okta's wire spelling) would vanish. This walks the input along the schema and names each one.
import type * as z from 'zod/mini';
import type { ConfigIssue } from './errors.js';
import { closest, orList } from './suggest.js';

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
  getter?: () => z.core.$ZodType;
};

const defOf = (schema: z.core.$ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nesting deeper than this is left to the schema (which bounds its own depth). */
const MAX_DEPTH = 16;

/** The object schema behind wrappers (optional, default, pipe input, lazy…), or `undefined`. */
function unwrap(schema: z.core.$ZodType, depth = 0): Def | undefined {
  const def = defOf(schema);
  if (depth > MAX_DEPTH) return undefined;
  const inner = def.innerType ?? def.in ?? (def.type === 'lazy' ? def.getter?.() : undefined);
  return inner === undefined ? def : unwrap(inner, depth + 1);
}

/** The option of a (discriminated) union whose shape fits `input`, or the union of their keys. */
function unionShape(def: Def, input: Record<string, unknown>): Record<string, z.core.$ZodType> | undefined {
  const shapes = (def.options ?? []).map((option) => unwrap(option)).filter((option) => option?.type === 'object');
  if (def.discriminator !== undefined) {
    const tag = input[def.discriminator];
    const match = shapes.find((option) => {
      const values = (option?.shape?.[def.discriminator as string] as unknown as { _zod: { values?: Set<unknown> } })
        ?._zod.values;
      return values?.has(tag) === true;
    });
    if (match === undefined) return undefined;
    return match.catchall === undefined ? match.shape : undefined;
  }
  if (shapes.length === 0 || shapes.some((option) => option?.catchall !== undefined)) return undefined;
  return Object.assign({}, ...shapes.map((option) => option?.shape));
}

/** Issues for keys of `input` its schema does not know (loose objects and records accept any key). */
export function unknownKeyIssues(
  schema: z.core.$ZodType,
  input: unknown,
  path: (string | number)[] = [],
  depth = 0,
): ConfigIssue[] {
  const def = unwrap(schema);
  if (def === undefined || depth > MAX_DEPTH) return [];
  if (def.type === 'array' && def.element !== undefined && Array.isArray(input)) {
    const element = def.element;
    return input.flatMap((item, index) => unknownKeyIssues(element, item, [...path, index], depth + 1));
  }
  if (!isRecord(input)) return [];
  const shape =
    def.type === 'object'
      ? def.catchall === undefined
        ? def.shape
        : undefined
      : def.type === 'union'
        ? unionShape(def, input)
        : undefined;
  if (shape === undefined) return [];
  const known = Object.keys(shape);
  return Object.entries(input).flatMap(([key, value]): ConfigIssue[] => {
    // Own keys only: `valueOf` or `__proto__` in input must not resolve to Object.prototype.
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field !== undefined) return unknownKeyIssues(field, value, [...path, key], depth + 1);
    const near = closest(key, known, 1);
    const hint = near.length > 0 ? `; did you mean ${orList(near, '`')}?` : '';
    return [{ path: [...path, key], code: 'unrecognized_key', message: `is not a known field${hint}` }];
  });
}

/**
 * The schema of the top-level field `key` of an object `schema` (behind its wrappers), or
 * `undefined` when `schema` is no plain object or has no such field.
 */
export function fieldSchema(schema: z.core.$ZodType, key: string): z.core.$ZodType | undefined {
  const def = unwrap(schema);
  if (def?.type !== 'object' || def.shape === undefined) return undefined;
  return Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
}
