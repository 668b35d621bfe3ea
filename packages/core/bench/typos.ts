import { createHash } from 'node:crypto';
import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import { fold } from '../src/catalog/search/index.js';

/** The slips a keyboard-typo model makes, one per generated query. */
export type TypoKind = 'adjacent key' | 'dropped letter' | 'doubled letter' | 'transposition';
export const typoKinds: TypoKind[] = ['adjacent key', 'dropped letter', 'doubled letter', 'transposition'];

/** Seeds of the generated set: each gives every entry one query per kind. */
export const typoSeeds = [1, 2, 3];

const rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each key on a US QWERTY layout: same row either side, and the rows above and below. */
const neighbours = new Map<string, string[]>();
rows.forEach((row, r) => {
  [...row].forEach((key, c) => {
    const near: string[] = [];
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [-1, 1],
      [1, -1],
      [1, 0],
    ] as const) {
      const other = rows[r + dr]?.[c + dc];
      if (other !== undefined) near.push(other);
    }
    neighbours.set(key, near);
  });
});

/**
 * Uniform draws in [0, 1) from SHA-256 of the seed, the name and the kind: the same on every machine, and
 * each query independent of the others (adding an entry changes no other entry's queries).
 */
function draws(seed: number, name: string, kind: TypoKind): () => number {
  let round = 0;
  let digest = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 4 > digest.length) {
      digest = createHash('sha256').update(`${seed}\0${name}\0${kind}\0${round++}`).digest();
      at = 0;
    }
    const value = digest.readUInt32BE(at) / 2 ** 32;
    at += 4;
    return value;
  };
}

const pick = <T>(list: readonly T[], next: () => number): T | undefined => list[Math.floor(next() * list.length)];

/** One slip of `kind` in `name` (lower case) at a position drawn from `next`, or undefined when none fits. */
export function slip(name: string, kind: TypoKind, next: () => number): string | undefined {
  const keys = [...[...name].keys()].filter((at) => neighbours.has(name[at] as string));
  // A transposition needs two different keys side by side, or it changes nothing.
  const positions =
    kind === 'transposition'
      ? keys.filter((at) => neighbours.has(name[at + 1] as string) && name[at] !== name[at + 1])
      : keys;
  const at = pick(positions, next);
  if (at === undefined) return undefined;
  const char = name[at] as string;
  const before = name.slice(0, at);
  switch (kind) {
    case 'adjacent key':
      return before + pick(neighbours.get(char) ?? [], next) + name.slice(at + 1);
    case 'dropped letter':
      return before + name.slice(at + 1);
    case 'doubled letter':
      return before + char + name.slice(at);
    case 'transposition':
      return before + name[at + 1] + char + name.slice(at + 2);
  }
}

/** A generated relevance query: the slipped name and the entry it was made from. */
export interface TypoQuery {
  query: string;
  key: string;
  kind: TypoKind;
}

/**
 * Queries made mechanically from every entry's display name, one per kind and seed. A query that reads as
 * another entry's whole name or alias, or a name two entries share, would have no single right answer: those
 * are dropped and counted.
 */
export function typoQueries(entries: readonly CatalogEntry[]): { queries: TypoQuery[]; dropped: number } {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const text of [entry.displayName, ...entry.aliases]) {
      const folded = fold(text);
      owners.set(folded, (owners.get(folded) ?? new Set()).add(entry.name));
    }
  }
  const queries: TypoQuery[] = [];
  let dropped = 0;
  for (const seed of typoSeeds) {
    for (const entry of entries) {
      for (const kind of typoKinds) {
        const query = slip(entry.displayName.toLowerCase(), kind, draws(seed, entry.name, kind));
        if (query === undefined) continue;
        const claimed = owners.get(fold(query));
        const shared = (owners.get(fold(entry.displayName))?.size ?? 0) > 1;
        if (shared || (claimed !== undefined && !claimed.has(entry.name))) dropped++;
        else queries.push({ query, key: entry.name, kind });
      }
    }
  }
  return { queries, dropped };
}
