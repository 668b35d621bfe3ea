import { describe, expect, it } from 'vitest';
import { apps, entry } from './__fixtures__/entries.js';
import { createCatalog } from './index.js';

const catalog = createCatalog(apps);
const top = (query: string, limit = 5) => catalog.suggest(query, { limit }).map((hit) => hit.entry.name);

describe('prefix search as you type', () => {
  it('finds the app from its first letters', () => {
    expect(top('sal')[0]).toBe('salesforce');
    expect(top('pag')[0]).toBe('pagerduty');
    expect(top('drop')[0]).toBe('dropbox');
  });

  it('matches camel-case parts and joined words', () => {
    expect(top('duty')[0]).toBe('pagerduty');
    expect(top('pager duty')[0]).toBe('pagerduty');
    expect(top('office365')[0]).toBe('microsoft_office_365');
  });

  it('does not match letters inside a word', () => {
    expect(top('alesforce')).not.toContain('salesforce');
  });
});

describe('typo tolerance', () => {
  it('accepts one edit from 4 characters, counting a transposition as one', () => {
    expect(top('slakc')[0]).toBe('slack');
    expect(top('slck')[0]).toBe('slack');
    expect(top('gihtub')[0]).toBe('github');
  });

  it('accepts no edit below 4 characters', () => {
    expect(top('zom')).not.toContain('zoom');
    expect(top('zom')).toEqual([]);
  });

  it('accepts two edits from 8 characters but not from 7', () => {
    expect(top('slaesforse')[0]).toBe('salesforce');
    expect(top('drpbxo')).not.toContain('dropbox');
    expect(top('dropbix')[0]).toBe('dropbox');
  });

  it('refuses three edits', () => {
    expect(top('sleasfroze')).not.toContain('salesforce');
  });
});

describe('words, case and diacritics', () => {
  it('matches several words in any order', () => {
    expect(top('teams microsoft')[0]).toBe('microsoft_teams');
    expect(top('workspace google')[0]).toBe('google_workspace');
  });

  it('requires every word when some entry has them all', () => {
    // Office 365's description says "for teams"; Slack's has "teams" but not "microsoft".
    expect(top('microsoft teams')).toEqual(['microsoft_teams', 'microsoft_office_365']);
  });

  it('folds case and diacritics both ways', () => {
    expect(top('CAFE SOCIETE')[0]).toBe('cafe_societe');
    expect(top('café')[0]).toBe('cafe_societe');
    expect(createCatalog([entry('cafe', 'Cafe', 1)]).suggest('CAFÉ')[0]?.entry.name).toBe('cafe');
  });
});

describe('aliases', () => {
  it('uses the entry aliases', () => {
    expect(top('jira')[0]).toBe('jira_cloud');
    expect(top('gh')[0]).toBe('github');
  });

  it('expands built-in aliases and acronyms', () => {
    expect(top('o365')[0]).toBe('microsoft_office_365');
    expect(top('gsuite')[0]).toBe('google_workspace');
    expect(top('ms teams')[0]).toBe('microsoft_teams');
  });

  it('lets a one-word alias that is also a later name word stand for the whole app', () => {
    // Both cover the whole name ("confluence server" is Data Center's); the alias brings Cloud level with
    // the name match, and popularity decides.
    const confluence = createCatalog([
      entry('confluence_data_center', 'Confluence Data Center', 4100, { aliases: ['confluence server'] }),
      entry('confluence_cloud', 'Atlassian Confluence Cloud', 8800, { aliases: ['confluence'] }),
    ]);
    for (const query of ['conflu', 'confluense', 'confluence']) {
      expect(confluence.suggest(query)[0]?.entry.name).toBe('confluence_cloud');
    }
  });

  it('can turn the built-in table off or extend it', () => {
    const plain = createCatalog(apps, { builtInAliases: false });
    expect(plain.suggest('gsuite')).toEqual([]);
    const extended = createCatalog(apps, { builtInAliases: false, aliases: { 'pager duty': ['pd'] } });
    expect(extended.suggest('pd')).toEqual([]);
    const custom = createCatalog(apps, { aliases: { pagerduty: ['incident pager'] } });
    expect(custom.suggest('incident')[0]?.entry.name).toBe('pagerduty');
  });
});

describe('ranking', () => {
  it('weights the name above categories and categories above the description', () => {
    const catalog = createCatalog([
      entry('in_description', 'Alpha', 900, { description: 'Works with any ledger.' }),
      entry('in_category', 'Beta', 500, { categories: ['Ledger'] }),
      entry('in_name', 'Ledgerly', 1, {}),
    ]);
    expect(catalog.suggest('ledger').map((hit) => hit.entry.name)).toEqual([
      'in_name',
      'in_category',
      'in_description',
    ]);
  });

  it('puts the exact brand above its editions', () => {
    expect(top('zoom').slice(0, 2)).toEqual(['zoom', 'zoom_phone']);
  });

  it('does not let a more popular near-miss beat the exact name', () => {
    expect(top('jira')[0]).toBe('jira_cloud');
    expect(top('sira')[0]).toBe('sira');
    expect(top('jria')[0]).toBe('jira_cloud');
  });

  it('breaks score ties by popularity, then key', () => {
    expect(top('s', 3)).toEqual(['salesforce', 'sira', 'slack']);
    const tied = createCatalog([entry('b_app', 'Nova B', 5), entry('a_app', 'Nova A', 5)]);
    expect(tied.suggest('nova').map((hit) => hit.entry.name)).toEqual(['a_app', 'b_app']);
  });

  it('keeps one letter to names and aliases', () => {
    const catalog = createCatalog([entry('alpha', 'Alpha', 1, { categories: ['Zettle'] }), entry('zed', 'Zed', 1)]);
    expect(catalog.suggest('z').map((hit) => hit.entry.name)).toEqual(['zed']);
  });

  it('lists the most popular entries for an empty query', () => {
    expect(top('', 3)).toEqual(['microsoft_office_365', 'salesforce', 'google_workspace']);
  });
});

describe('highlights', () => {
  it('returns ranges into the original field text', () => {
    const [hit] = catalog.suggest('sal', { limit: 1 });
    expect(hit?.matches).toContainEqual({ field: 'displayName', ranges: [[0, 3]] });
  });

  it('highlights every matched word, typo matches and aliases', () => {
    const [teams] = catalog.suggest('teams micro', { limit: 1 });
    expect(teams?.matches.find((match) => match.field === 'displayName')?.ranges).toEqual([
      [0, 5],
      [10, 15],
    ]);
    const [github] = catalog.suggest('gihtub', { limit: 1 });
    expect(github?.matches[0]).toEqual({ field: 'displayName', ranges: [[0, 6]] });
    const [jira] = catalog.suggest('jira', { limit: 1 });
    expect(jira?.matches).toContainEqual({ field: 'aliases', index: 0, ranges: [[0, 4]] });
  });

  it('computes highlights on first read, unaffected by later queries, and keeps them', () => {
    const [hit] = catalog.suggest('gihtub', { limit: 1 });
    catalog.suggest('zoom');
    catalog.search('micro teams');
    const first = hit?.matches;
    expect(first).toEqual([{ field: 'displayName', ranges: [[0, 6]] }]);
    expect(hit?.matches).toBe(first);
    expect(JSON.parse(JSON.stringify(hit)).matches).toEqual(first);
  });

  it('maps folded matches back onto accented text', () => {
    const [hit] = catalog.suggest('societe', { limit: 1 });
    expect(hit?.matches[0]).toEqual({ field: 'displayName', ranges: [[5, 12]] });
  });
});
