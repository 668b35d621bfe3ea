import { isSecret } from '@integrakit/protocols/shared';

/**
 * Deep copy of stored data. Unlike `structuredClone`, it keeps the protocol modules' `Secret`s (which
 * are immutable, so sharing them is safe); `structuredClone` would turn each into an empty object.
 */
export function cloneData<T>(value: T): T {
  if (isSecret(value)) return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneData(item)])) as T;
  }
  return value;
}
