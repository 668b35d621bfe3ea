import { ConflictError, isApiError, isConflictError } from '@integrakit/core/client';
import { define as defineSaml, toOktaApp as samlApp } from '@integrakit/protocols/saml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spInput } from '../../../packages/protocols/src/saml/__fixtures__/config.js';
import { validateAgainstXsd } from '../../../packages/protocols/src/xml/__fixtures__/xsd.js';
import { bookmarkApp } from './__fixtures__/api-call.js';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

// Core's client for the integration page (lifecycle, conditional updates, signing keys, metadata)
// against the real reference server.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: RunningServer;
let client: Awaited<ReturnType<typeof startTestServer>>['client'];

beforeAll(async () => {
  ({ server, client } = await startTestServer({ memory: true }));
});
afterAll(() => server.close());

const certificatesIn = (xml: string) =>
  [...xml.matchAll(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/g)].map((match) => match[1]);

describe('conditional app updates', () => {
  it('saves with the ETag of the read, and refuses a write based on an older read with a ConflictError', async () => {
    const created = await client.apps.create(bookmarkApp(`Client etag ${crypto.randomUUID()}`));
    const read = await client.apps.read(created.id);
    expect(read.etag).toMatch(/^".+"$/);
    const first = await client.apps.update(created.id, { ...read.value, label: 'First save' }, { ifMatch: read.etag });
    expect(first.value.label).toBe('First save');
    expect(first.etag).not.toBe(read.etag);

    const stale = client.apps.update(created.id, { ...read.value, label: 'Second save' }, { ifMatch: read.etag });
    const error = await stale.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(isConflictError(error)).toBe(true);
    expect(isApiError(error, 412)).toBe(true);
    expect((await client.apps.get(created.id)).label).toBe('First save');

    // Without If-Match, a stale lastUpdated in the body is refused too (409).
    const byTime = await client.apps
      .update(created.id, { ...read.value, label: 'Third save' })
      .catch((caught: unknown) => caught);
    expect(isConflictError(byTime) && byTime.status).toBe(409);
    expect((await client.apps.get(created.id)).label).toBe('First save');

    // Other refusals stay plain API errors.
    const invalid = await client.apps
      .update(created.id, { ...first.value, label: '' }, { ifMatch: first.etag })
      .catch((caught: unknown) => caught);
    expect(isApiError(invalid, 400)).toBe(true);
    expect(isConflictError(invalid)).toBe(false);
  });

  it('activates, deactivates and deletes only an inactive app', async () => {
    const created = await client.apps.create(bookmarkApp(`Client lifecycle ${crypto.randomUUID()}`));
    expect(created.status).toBe('ACTIVE');
    const refused = await client.apps.delete(created.id).catch((caught: unknown) => caught);
    expect(isApiError(refused, 'E0000056')).toBe(true);
    await client.apps.deactivate(created.id);
    expect((await client.apps.get(created.id)).status).toBe('INACTIVE');
    await client.apps.activate(created.id);
    expect((await client.apps.get(created.id)).status).toBe('ACTIVE');
    await client.apps.deactivate(created.id);
    await client.apps.delete(created.id);
    expect(isApiError(await client.apps.get(created.id).catch((caught: unknown) => caught), 404)).toBe(true);
  });
});

describe('signing keys and IdP metadata', () => {
  it('generates a next certificate, publishes both, then activates it', async () => {
    const app = await client.apps.create(samlApp(defineSaml({ ...spInput, label: `Keys ${crypto.randomUUID()}` })));
    const url = client.appKeys.metadataUrl(app);
    expect(url).toBe(`${server.url}/api/v1/apps/${app.id}/sso/saml/metadata`);
    const before = await client.appKeys.certificates(app);
    expect(before.current?.key.kid).toBeDefined();
    expect(before.current?.warning).toBeUndefined();
    expect(before.next).toBeUndefined();

    const generated = await client.appKeys.generate(app.id, { validityYears: 2 });
    expect(await client.appKeys.get(app.id, generated.kid)).toEqual(generated);
    const during = await client.appKeys.certificates(await client.apps.get(app.id));
    expect(during.current?.key.kid).toBe(before.current?.key.kid);
    expect(during.next?.key.kid).toBe(generated.kid);
    const overlap = await client.appKeys.metadata(app);
    expect(certificatesIn(overlap)).toEqual([before.current?.key.x5c[0], generated.x5c[0]]);
    expect(await validateAgainstXsd(overlap, 'saml-schema-metadata-2.0.xsd')).toEqual({ valid: true, errors: [] });

    const activated = await client.appKeys.activate(app.id, generated.kid);
    expect(activated.value.credentials?.signing).toMatchObject({ kid: generated.kid });
    const after = await client.appKeys.certificates(activated.value);
    expect(after.current?.key.kid).toBe(generated.kid);
    expect(after.next).toBeUndefined();
    expect(certificatesIn(await client.appKeys.metadata(activated.value))).toEqual([generated.x5c[0]]);
  });

  it('refuses an out-of-range validity and an unknown key, and has no metadata for a bookmark app', async () => {
    const app = await client.apps.create(samlApp(defineSaml({ ...spInput, label: `Bad keys ${crypto.randomUUID()}` })));
    expect(isApiError(await client.appKeys.generate(app.id, { validityYears: 1 }).catch((e: unknown) => e), 400)).toBe(
      true,
    );
    expect(isApiError(await client.appKeys.activate(app.id, 'no-such-kid').catch((e: unknown) => e), 400)).toBe(true);
    expect((await client.appKeys.list(app.id)).length).toBe(1);
    const bookmark = await client.apps.create(bookmarkApp(`No metadata ${crypto.randomUUID()}`));
    expect(client.appKeys.metadataUrl(bookmark)).toBeUndefined();
    expect(() => client.appKeys.metadata(bookmark)).toThrow(/publishes no IdP metadata/);
  });
});
