// "Did you mean …?" for misspelt field names and enum values.

/** Lower case without separators, so `redirect_uris` and `RedirectURIs` meet `redirectUris`. */
const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded input. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Longest input compared; longer text is not a typo of a short name. */
const MAX_LENGTH = 100;

/**
 * Up to `limit` candidates close to `input` (at most a third of its letters off), closest first;
 * empty when none is close.
 */
export function closest(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = normalize(input.slice(0, MAX_LENGTH));
  if (wanted === '') return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  return (
    candidates
      .map((candidate) => normalize(candidate))
      .map((normal, index) => ({
        candidate: candidates[index] as string,
        // Lengths further apart than the allowance cannot be close: skip the quadratic comparison.
        score: Math.abs(normal.length - wanted.length) > allowed ? Number.POSITIVE_INFINITY : distance(wanted, normal),
      }))
      .filter(({ score }) => score <= allowed)
      .sort((a, b) => a.score - b.score)
      // Only the best and the nearly best: one typo away should not list three-typo neighbours.
      .filter(({ score }, _, sorted) => score <= (sorted[0]?.score ?? 0) + 1)
      .slice(0, limit)
      .map(({ candidate }) => candidate)
  );
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function orList(values: readonly string[], quote = '"'): string {
  const quoted = values.map((value) => `${quote}${value}${quote}`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
