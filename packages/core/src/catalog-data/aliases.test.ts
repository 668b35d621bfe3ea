import { describe, expect, it } from 'vitest';
import { exampleEntries } from './index.js';

const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

describe('example catalog aliases', () => {
  it('never gives two entries the same alias', () => {
    const owners = new Map<string, string[]>();
    for (const entry of exampleEntries) {
      for (const alias of entry.aliases ?? [])
        owners.set(fold(alias), [...(owners.get(fold(alias)) ?? []), entry.name]);
    }
    expect([...owners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });

  it('never uses another entry’s name or key as an alias', () => {
    const names = new Map<string, string>();
    for (const entry of exampleEntries) {
      names.set(fold(entry.displayName), entry.name);
      names.set(fold(entry.name.replaceAll('_', ' ')), entry.name);
    }
    const clashes = exampleEntries.flatMap((entry) =>
      (entry.aliases ?? [])
        .filter((alias) => (names.get(fold(alias)) ?? entry.name) !== entry.name)
        .map((alias) => `${entry.name}: ${alias}`),
    );
    expect(clashes).toEqual([]);
  });

  it.each([
    ['o365', 'microsoft_office_365'],
    ['m365', 'microsoft_office_365'],
    ['gsuite', 'google_workspace'],
    ['g suite', 'google_workspace'],
    ['ms teams', 'microsoft_teams'],
    ['aws', 'amazon_web_services'],
    ['jira', 'jira_cloud'],
  ])('maps the alias %s to %s only', (alias, key) => {
    const owners = exampleEntries.filter((entry) => (entry.aliases ?? []).some((value) => fold(value) === alias));
    expect(owners.map((entry) => entry.name)).toEqual([key]);
  });
});
