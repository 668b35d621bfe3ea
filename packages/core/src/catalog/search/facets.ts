import type { CatalogFilters, FacetCount, FacetName, Facets, SearchableEntry } from './types.js';

/** The facets in the order their masks are stored per document. */
export const FACET_NAMES: readonly FacetName[] = ['useCases', 'functionality', 'industries'];
/** Distinct values a facet can track: one bit each in a 32-bit mask (the catalog schema allows at most 15). */
export const MAX_FACET_VALUES = 32;

/** Assigns each facet value a bit, in first-seen order (the order of each map). */
export class FacetDictionary {
  readonly #bits: Map<string, number>[] = [new Map(), new Map(), new Map()];

  /**
   * Appends the masks of an entry's values to `out`, registering new values; values past the 32nd of a facet are
   * not tracked. Functionality is sign-on modes, then SCIM and its capabilities, then API Service.
   */
  masks(entry: SearchableEntry, out: number[]): void {
    const { signOn = [], provisioning = [], apiService } = entry.functionality ?? {};
    out.push(
      this.#mask(0, entry.useCases ?? []),
      this.#mask(1, signOn) |
        this.#mask(1, provisioning.length > 0 ? ['SCIM', ...provisioning] : []) |
        this.#mask(1, apiService === true ? ['API Service'] : []),
      this.#mask(2, entry.industries ?? []),
    );
  }

  #mask(facet: number, values: readonly string[]): number {
    const bits = this.#bits[facet] as Map<string, number>;
    let mask = 0;
    for (const value of values) {
      let bit = bits.get(value);
      if (bit === undefined && bits.size < MAX_FACET_VALUES) {
        bit = bits.size;
        bits.set(value, bit);
      }
      if (bit !== undefined) mask |= 1 << bit;
    }
    return mask;
  }

  selection(filters: CatalogFilters | undefined): { masks: Int32Array; active: boolean[] } {
    const masks = new Int32Array(3);
    const active = [false, false, false];
    FACET_NAMES.forEach((name, facet) => {
      const selected = filters?.[name];
      if (!Array.isArray(selected) || selected.length === 0) return;
      active[facet] = true;
      for (const value of selected) {
        const bit = this.#bits[facet]?.get(value);
        if (bit !== undefined) masks[facet] = (masks[facet] as number) | (1 << bit);
      }
    });
    return { masks, active };
  }

  /** Turns per-bit counts into sorted facet counts (count, then value), keeping selected values; empty lists without counts. */
  counts(counts: Int32Array | undefined, selection: Int32Array): Facets {
    const facets = {} as Facets;
    FACET_NAMES.forEach((name, facet) => {
      const list: FacetCount[] = [];
      for (const [value, bit] of counts === undefined ? [] : (this.#bits[facet] as Map<string, number>)) {
        const count = (counts as Int32Array)[facet * MAX_FACET_VALUES + bit] as number;
        const selected = ((selection[facet] as number) & (1 << bit)) !== 0;
        if (count > 0 || selected) list.push({ value, count, selected });
      }
      // Values are distinct within a facet, so no two compare equal.
      list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      facets[name] = list;
    });
    return facets;
  }
}
