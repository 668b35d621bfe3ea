type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or `undefined` when any step is missing. */
export function getAt(object: Json, path: readonly string[]): unknown {
  let current: unknown = object;
  for (const key of path) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `object` with `value` at `path`; missing (or non-object) steps become objects. */
export function setAt(object: Json, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return { ...object };
  const inner = object[key];
  return { ...object, [key]: rest.length === 0 ? value : setAt(isRecord(inner) ? inner : {}, rest, value) };
}

/** A copy of `object` without `path`; parents are kept even when that leaves them empty. */
export function deleteAt(object: Json, path: readonly string[]): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined || !Object.hasOwn(object, key)) return { ...object };
  if (rest.length === 0) {
    const { [key]: _removed, ...others } = object;
    return others;
  }
  const inner = object[key];
  return isRecord(inner) ? { ...object, [key]: deleteAt(inner, rest) } : { ...object };
}

/** Whether `path` starts with `prefix`. */
export function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}
