import * as simpleIcons from 'simple-icons';
import { describe, expect, it } from 'vitest';
import { buildLogos, type SimpleIcon } from '../../scripts/build-logos.js';
import { iconSlugs } from '../../scripts/icon-slugs.js';
import { exampleEntryData } from './entries.js';
import { exampleEntries } from './index.js';
import { logos } from './logos.generated.js';
import { monogramLogo, monogramText } from './monogram.js';

// Path data may only hold SVG path commands, numbers, signs, separators and exponents.
const pathCharacters = /^[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]+$/;

describe('example catalog logos', () => {
  it('gives every entry a logo from the generated module, with no stale keys', () => {
    expect(Object.keys(logos).sort()).toEqual(exampleEntryData.map((entry) => entry.name).sort());
  });

  it('is up to date with scripts/extract-logos.ts and simple-icons', () => {
    const build = buildLogos(exampleEntryData, iconSlugs, Object.values(simpleIcons) as SimpleIcon[]);
    expect(logos).toEqual(build.logos);
  });

  it('uses non-empty path data made only of path commands', () => {
    const svgs = exampleEntries.flatMap((entry) => (entry.logo.kind === 'svg' ? [[entry.name, entry.logo.path]] : []));
    expect(svgs.length).toBeGreaterThan(50);
    expect(svgs.filter(([, path]) => path === undefined || !pathCharacters.test(path) || !/^[Mm]/.test(path))).toEqual(
      [],
    );
  });

  it('builds monograms from initials with a colour fixed by the key', () => {
    expect(monogramText('Microsoft Office 365')).toBe('MO');
    expect(monogramText('monday.com')).toBe('M');
    expect(monogramText('Aha!')).toBe('A');
    expect(monogramText('AWS IAM Identity Center')).toBe('AI');
    const logo = monogramLogo('salesforce', 'Salesforce');
    expect(logo).toMatchObject({ kind: 'monogram', text: 'S' });
    expect(logo.hex).toMatch(/^[0-9A-F]{6}$/);
    // The colour follows the key alone: renaming the app keeps it, the initials follow the name.
    expect(monogramLogo('salesforce', 'Renamed Cloud')).toEqual({ ...logo, text: 'RC' });
    const colours = new Set(exampleEntryData.map((entry) => monogramLogo(entry.name, entry.displayName).hex));
    expect(colours.size).toBeGreaterThan(6);
  });

  it('rejects a mapped brand that simple-icons does not have', () => {
    const [first] = exampleEntryData;
    if (first === undefined) throw new Error('no entries');
    expect(() => buildLogos([first], { [first.name]: 'no-such-brand' }, [])).toThrow(/no-such-brand/);
    expect(() => buildLogos([first], { not_an_entry: 'github' }, [])).toThrow(/not_an_entry/);
  });
});
