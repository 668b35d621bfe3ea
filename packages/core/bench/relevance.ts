import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import { engines } from './peers.js';
import { labelled } from './queries.js';
import { type TypoKind, typoKinds, typoQueries } from './typos.js';

/** recall@1 and recall@5 over a query set, and the queries missed at 1. */
export interface Recall {
  at1: number;
  at5: number;
  misses: string[];
}

/** Per engine, popularity on and off: both query sets, and the generated set by kind of slip. */
export interface RelevanceResult {
  inHouse: { used: number; skipped: number };
  generated: { used: number; dropped: number };
  recall: Record<
    string,
    Record<'on' | 'off', { inHouse: Recall; generated: Recall; byKind: Record<TypoKind, Recall> }>
  >;
}

type Answered = { query: string; key: string; top: string[] };

function recall(answers: Answered[]): Recall {
  let at1 = 0;
  let at5 = 0;
  const misses: string[] = [];
  for (const { query, key, top } of answers) {
    if (top[0] === key) at1++;
    else misses.push(`${query} → ${top[0] ?? '∅'}`);
    if (top.includes(key)) at5++;
  }
  const count = Math.max(1, answers.length);
  return { at1: at1 / count, at5: at5 / count, misses };
}

/** recall@1 and @5 of every engine on the in-house set and the generated typo set, with popularity on and off. */
export function relevance(entries: CatalogEntry[]): RelevanceResult {
  const keys = new Set(entries.map((entry) => entry.name));
  const inHouse = labelled.filter(([, key]) => keys.has(key)).map(([query, key]) => ({ query, key }));
  const generated = typoQueries(entries);
  const result: RelevanceResult = {
    inHouse: { used: inHouse.length, skipped: labelled.length - inHouse.length },
    generated: { used: generated.queries.length, dropped: generated.dropped },
    recall: {},
  };
  for (const engine of engines) {
    const figures = {} as RelevanceResult['recall'][string];
    for (const popularity of [true, false]) {
      const search = engine.build(entries, { popularity });
      const answer = <Q extends { query: string }>(query: Q) => ({ ...query, top: search(query.query, undefined, 5) });
      const typos = generated.queries.map(answer);
      figures[popularity ? 'on' : 'off'] = {
        inHouse: recall(inHouse.map(answer)),
        generated: recall(typos),
        byKind: Object.fromEntries(
          typoKinds.map((kind) => [kind, recall(typos.filter((query) => query.kind === kind))]),
        ) as Record<TypoKind, Recall>,
      };
    }
    result.recall[engine.name] = figures;
  }
  return result;
}
