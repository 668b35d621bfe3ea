import { describe, expect, it } from 'vitest';
import { isIntegrakitError } from '../errors.js';
import { valid } from './__fixtures__/valid-entry.js';
import { CatalogValidationError } from './errors.js';
import { parseCatalogEntries, parseCatalogFile, safeParseCatalogFile, toCatalogFile } from './parse.js';

function caught(run: () => unknown): CatalogValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogValidationError) return error;
    throw error;
  }
  throw new Error('expected a CatalogValidationError');
}

describe('parseCatalogFile', () => {
  it('reads a version 1 file, as an object or JSON text, applying defaults', () => {
    const [entry] = parseCatalogFile(toCatalogFile([valid]));
    expect(entry?.aliases).toEqual([]);
    expect(entry?.settings).toEqual([]);
    expect(parseCatalogFile(JSON.stringify({ formatVersion: 1, entries: [valid] }))).toHaveLength(1);
  });

  it('refuses other format versions and non-catalogs', () => {
    const error = caught(() => parseCatalogFile({ formatVersion: 2, entries: [] }));
    expect(isIntegrakitError(error, 'ERR_INVALID_CATALOG')).toBe(true);
    expect(error.issues[0]).toMatchObject({ path: ['formatVersion'], code: 'unsupported_version' });
    expect(error.message).toContain('formatVersion: unsupported format version 2 (expected 1)');
    expect(safeParseCatalogFile('{nope').success).toBe(false);
    expect(safeParseCatalogFile([]).success).toBe(false);
    expect(safeParseCatalogFile({ formatVersion: 1, entries: 'x' }).success).toBe(false);
  });
});

describe('parseCatalogEntries', () => {
  it('names the entry key and field path of every problem', () => {
    const error = caught(() =>
      parseCatalogEntries([
        valid,
        { ...valid, name: 'bad_site', website: 'http://insecure.example.com' },
        { ...valid, name: 'bad_mode', functionality: { signOn: ['Kerberos'], provisioning: [], apiService: false } },
      ]),
    );
    expect(error.issues.map((issue) => [issue.entry, issue.path.join('.')])).toEqual([
      ['bad_site', 'website'],
      ['bad_mode', 'functionality.signOn.0'],
    ]);
    expect(error.message).toMatch(/bad_site\.website: /);
    expect(error.message).toMatch(/bad_mode\.functionality\.signOn\[0\]: /);
  });

  it('falls back to the index when an entry has no readable key', () => {
    const error = caught(() => parseCatalogEntries([valid, { ...valid, name: 'Not A Key' }, 42]));
    expect(error.issues.map((issue) => issue.entry)).toEqual(['#1', '#2']);
  });

  it('refuses duplicate keys and cross-field mistakes', () => {
    expect(caught(() => parseCatalogEntries([valid, valid])).issues[0]).toMatchObject({
      entry: 'acme_crm',
      code: 'duplicate_key',
    });
    const template = { ...valid, templates: { oidc: { applicationType: 'web', redirectUris: ['https://x/cb'] } } };
    expect(caught(() => parseCatalogEntries([template])).issues[0]?.path).toEqual(['templates', 'oidc']);
  });
});

describe('image logos', () => {
  it('accept https and base64 raster data URLs', () => {
    for (const url of ['https://cdn.example.com/logo.png', 'data:image/png;base64,iVBORw0KGgo=']) {
      expect(parseCatalogEntries([{ ...valid, logo: { kind: 'url', url } }])[0]?.logo).toEqual({ kind: 'url', url });
    }
  });

  it('refuse http, javascript and SVG data URLs, naming the field', () => {
    for (const url of [
      'http://cdn.example.com/logo.png',
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
    ]) {
      const error = caught(() => parseCatalogEntries([{ ...valid, logo: { kind: 'url', url } }]));
      expect(error.issues[0]?.path).toEqual(['logo', 'url']);
    }
  });
});
