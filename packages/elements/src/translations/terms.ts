import type { Translation } from './en.js';

/**
 * A merger of an element's English strings into any dictionary, or into terms merged already: the
 * dictionary's own strings win, English fills the rest. Elements keep their strings out of `en.ts`
 * this way (so the catalog's bundle does not carry them); a locale supplies them by spreading them
 * into its dictionary.
 */
export function termsWith<T extends object>(defaults: T): <D extends Translation>(dictionary: D) => D & T {
  const merged = new WeakMap<Translation, Translation & T>();
  return <D extends Translation>(dictionary: D) => {
    let terms = merged.get(dictionary);
    if (terms === undefined) {
      terms = { ...defaults, ...dictionary };
      merged.set(dictionary, terms);
    }
    return terms as D & T;
  };
}
