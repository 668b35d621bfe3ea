import { describe, expect, it } from 'vitest';
import { apps } from './__fixtures__/entries.js';
import { createCatalog, type FacetCount } from './index.js';

const catalog = createCatalog(apps);
const counts = (list: FacetCount[]) => Object.fromEntries(list.map((facet) => [facet.value, facet.count]));

describe('facets', () => {
  it('counts values over the entries matching the query', () => {
    const result = catalog.search('microsoft');
    expect(result.total).toBe(2);
    expect(counts(result.facets.functionality)).toEqual({
      SAML: 2,
      'WS-Federation': 1,
      SCIM: 1,
      Create: 1,
      Update: 1,
      Deactivate: 1,
    });
    expect(counts(result.facets.industries)).toEqual({ Technology: 2 });
  });

  it('ORs values within one facet and ANDs across facets', () => {
    const within = catalog.search('', {
      filters: { industries: ['Healthcare', 'Hospitality'], functionality: ['SAML'] },
    });
    expect(within.hits.map((hit) => hit.entry.name).sort()).toEqual(['cafe_societe', 'sira']);
    const across = catalog.search('', { filters: { industries: ['Education'], functionality: ['SCIM'] } });
    expect(across.total).toBe(0);
    const both = catalog.search('', { filters: { industries: ['Technology'], functionality: ['API Service'] } });
    expect(both.hits.map((hit) => hit.entry.name)).toEqual(['github']);
  });

  it('counts a facet as if its own selection were not applied (disjunctive)', () => {
    const result = catalog.search('', { filters: { industries: ['Education'] } });
    expect(result.total).toBe(2);
    const industries = counts(result.facets.industries);
    expect(industries.Education).toBe(2);
    expect(industries.Technology).toBeGreaterThan(2);
    expect(result.facets.industries.find((facet) => facet.value === 'Education')?.selected).toBe(true);
    expect(counts(result.facets.useCases)).toEqual({ 'Single Sign-On': 2 });
  });

  it('keeps a selected value with no matches, and selects nothing for unknown values', () => {
    const result = catalog.search('zoom', { filters: { industries: ['Energy'] } });
    expect(result.total).toBe(0);
    expect(catalog.search('zoom', { filters: { industries: ['Healthcare'] } }).facets.industries).toContainEqual({
      value: 'Healthcare',
      count: 0,
      selected: true,
    });
  });

  it('applies filters to suggestions too', () => {
    expect(catalog.suggest('s', { filters: { industries: ['Healthcare'] } }).map((hit) => hit.entry.name)).toEqual([
      'sira',
    ]);
  });

  it('skips counting when facets are not wanted, with the same hits and total', () => {
    const filters = { functionality: ['SAML' as const] };
    const counted = catalog.search('s', { filters, pageSize: 3, page: 1 });
    const skipped = catalog.search('s', { filters, pageSize: 3, page: 1, facets: false });
    expect(counted.facets.functionality.length).toBeGreaterThan(0);
    expect(skipped.facets).toEqual({ useCases: [], functionality: [], industries: [] });
    expect(skipped.total).toBe(counted.total);
    expect(skipped.hits.map((hit) => hit.entry.name)).toEqual(counted.hits.map((hit) => hit.entry.name));
  });

  it('pages through results without overlap', () => {
    const all = catalog.search('', { pageSize: 200 }).hits.map((hit) => hit.entry.name);
    const pages = [0, 1, 2, 3].flatMap((page) =>
      catalog.search('', { page, pageSize: 5 }).hits.map((hit) => hit.entry.name),
    );
    expect(pages).toEqual(all);
    expect(all).toHaveLength(apps.length);
  });
});
