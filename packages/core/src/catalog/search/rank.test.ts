import { describe, expect, it } from 'vitest';
import { entry } from './__fixtures__/entries.js';
import { createCatalog } from './index.js';
import { topDocs } from './rank.js';

// The ranking weights are product decisions, so these tests pin them by value: a score is the best match
// of each query word (a whole name word 1, a prefix 0.75), plus 0.3 × the share of name words covered, plus
// 0.1 when the first name word matched, plus 1 when the query is the whole name or 0.8 when it is an alias.
const scores = (names: [string, string, number, string[]?][], query: string) =>
  Object.fromEntries(
    createCatalog(names.map(([key, name, popularity, aliases = []]) => entry(key, name, popularity, { aliases })))
      .suggest(query, { limit: 10 })
      .map((hit) => [hit.entry.name, hit.score]),
  );

describe('ranking weights', () => {
  it('scores a whole one-word name as word, full coverage, leading word and exact name', () => {
    expect(scores([['quartz', 'Quartz', 1]], 'quartz').quartz).toBeCloseTo(1 + 0.3 + 0.1 + 1, 10);
  });

  it('scores a prefix at 0.75, with coverage and leading word but no exact-name bonus', () => {
    expect(scores([['quartz', 'Quartz', 1]], 'quar').quartz).toBeCloseTo(0.75 + 0.3 + 0.1, 10);
  });

  it('scales the coverage bonus by the share of name words covered', () => {
    const got = scores(
      [
        ['mail', 'Acme Mail', 1],
        ['archive', 'Acme Mail Archive', 1],
      ],
      'acme',
    );
    // "acme" is a prefix of the joined first two words, so it covers two of two, and two of three.
    expect(got.mail).toBeCloseTo(1 + (0.3 * 2) / 2 + 0.1, 10);
    expect(got.archive).toBeCloseTo(1 + (0.3 * 2) / 3 + 0.1, 10);
  });

  it('gives the leading-word bonus only when the first name word matched', () => {
    const got = scores([['mail_acme', 'Mail Acme', 1]], 'acme');
    expect(got.mail_acme).toBeCloseTo(1 + 0.3 / 2, 10);
    expect(scores([['mail_acme', 'Mail Acme', 1]], 'mail').mail_acme).toBeCloseTo(1 + (0.3 * 2) / 2 + 0.1, 10);
  });

  it('gives a whole alias full coverage, the leading word and the 0.8 alias bonus', () => {
    const got = scores(
      [
        ['vault', 'Vault Box', 1, ['strongbox']],
        ['strongbox', 'Strongbox', 1],
      ],
      'strongbox',
    );
    expect(got.vault).toBeCloseTo(1 + 0.3 + 0.1 + 0.8, 10);
    expect(got.strongbox).toBeCloseTo(1 + 0.3 + 0.1 + 1, 10);
  });
});

describe('brand-level outcomes of the weights', () => {
  it('ranks the edition whose name the query covers most above a more popular longer one', () => {
    const hits = createCatalog([
      entry('zoom_phone_system', 'Zoom Phone System', 900),
      entry('zoom_meetings', 'Zoom Meetings', 500),
    ]).suggest('zoom');
    expect(hits.map((hit) => hit.entry.name)).toEqual(['zoom_meetings', 'zoom_phone_system']);
  });

  it('ranks the app named by the query above one that only has it as an alias', () => {
    const hits = createCatalog([
      entry('vault', 'Vault Box', 900, { aliases: ['strongbox'] }),
      entry('strongbox', 'Strongbox', 1),
    ]).suggest('strongbox');
    expect(hits.map((hit) => hit.entry.name)).toEqual(['strongbox', 'vault']);
  });

  it('lets popularity decide only between equal scores', () => {
    const hits = createCatalog([entry('acme_a', 'Acme Alpha', 1), entry('acme_b', 'Acme Beta', 2)]).suggest('acme');
    expect(hits.map((hit) => hit.entry.name)).toEqual(['acme_b', 'acme_a']);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });
});

describe('topDocs', () => {
  // Five matches: positions 0..4 are documents 0..4 with these scores; rank breaks ties (lower first).
  const docs = Int32Array.from([0, 1, 2, 3, 4]);
  const scoresByMatch = Float64Array.from([0.5, 2, 1, 2, 0.1]);
  const rank = Int32Array.from([4, 3, 2, 1, 0]);
  const candidates = Int32Array.from([0, 1, 2, 3, 4]);

  it('returns the best matches by score, then by rank', () => {
    expect(topDocs(candidates, 5, 3, docs, scoresByMatch, rank)).toEqual([3, 1, 2]);
    expect(topDocs(candidates, 5, 5, docs, scoresByMatch, rank)).toEqual([3, 1, 2, 0, 4]);
  });

  it('gives the same order whether it keeps a short list or sorts everything', () => {
    const many = topDocs(candidates, 5, 100, docs, scoresByMatch, rank);
    expect(many).toEqual([3, 1, 2, 0, 4]);
    for (let count = 1; count <= 5; count++) {
      expect(topDocs(candidates, 5, count, docs, scoresByMatch, rank)).toEqual(many.slice(0, count));
    }
  });

  it('reads only the first `length` candidates and returns nothing for a count below 1', () => {
    expect(topDocs(candidates, 3, 5, docs, scoresByMatch, rank)).toEqual([1, 2, 0]);
    expect(topDocs(candidates, 5, 0, docs, scoresByMatch, rank)).toEqual([]);
  });

  it('keeps the better-ranked of equal scores once the list is full', () => {
    // Documents 1 and 3 tie on score; 3 ranks higher and comes first, so 1 must not displace it.
    expect(topDocs(Int32Array.from([3, 1]), 2, 1, docs, scoresByMatch, rank)).toEqual([3]);
  });

  it('lets a later match displace a kept one only when it ranks higher', () => {
    const reversed = Int32Array.from([4, 0, 2, 3, 1]);
    expect(topDocs(reversed, 5, 2, docs, scoresByMatch, rank)).toEqual([3, 1]);
  });
});

describe('topDocs work', () => {
  // `size` matches, match i being document i, in an order unrelated to score (a permutation, no ties).
  const spread = (size: number) => ({
    candidates: Int32Array.from({ length: size }, (_, index) => index),
    docs: Int32Array.from({ length: size }, (_, index) => index),
    scores: Float64Array.from({ length: size }, (_, index) => ((index * 7919) % 10_007) / 10_007),
    rank: Int32Array.from({ length: size }, (_, index) => index),
  });
  // Every score topDocs reads, by key: two per comparison.
  const counted = (scores: Float64Array) => {
    const reads: (string | symbol)[] = [];
    const proxy = new Proxy(scores, {
      get(target, key) {
        reads.push(key);
        return Reflect.get(target, key);
      },
    });
    return { proxy, reads };
  };
  const best = (set: ReturnType<typeof spread>, count: number) =>
    Array.from(set.candidates)
      .sort((a, b) => (set.scores[b] as number) - (set.scores[a] as number))
      .slice(0, count);

  it('settles most matches with one comparison when up to 64 are wanted', () => {
    const set = spread(10_000);
    for (const count of [1, 10, 64]) {
      const { proxy, reads } = counted(set.scores);
      expect(topDocs(set.candidates, 10_000, count, set.docs, proxy, set.rank)).toEqual(best(set, count));
      // At most three comparisons per match on average; a full sort makes about log2(10,000) ≈ 13.
      expect(reads.length, `count ${count}`).toBeLessThan(2 * 30_000);
    }
  });

  it('sorts once instead of keeping a list when more than 64 are wanted', () => {
    // Scores rising with position: every match would go to the front of a kept list, shifting all of it.
    const set = spread(2_000);
    set.scores = Float64Array.from({ length: 2_000 }, (_, index) => index);
    const { proxy, reads } = counted(set.scores);
    expect(topDocs(set.candidates, 2_000, 65, set.docs, proxy, set.rank)).toEqual(best(set, 65));
    // Kept as a list, 65 comparisons for each of 2,000 matches.
    expect(reads.length).toBeLessThan(2 * 10_000);
  });

  it('reads the score of candidates only, never of a position outside the list', () => {
    const set = spread(50);
    for (const count of [0, 1, 5, 50]) {
      const { proxy, reads } = counted(set.scores);
      topDocs(set.candidates, 50, count, set.docs, proxy, set.rank);
      expect(
        reads.filter((key) => typeof key !== 'string' || !/^\d+$/.test(key)),
        `count ${count}`,
      ).toEqual([]);
    }
  });
});
