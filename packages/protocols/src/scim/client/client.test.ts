import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerConfig, randomCredentials } from '../__fixtures__/config.js';
import { type ScimmyPeer, startScimmyPeer } from '../__fixtures__/scimmy-server.js';
import { createClient } from './client.js';
import { isScimError, ScimError } from './errors.js';
import { eq } from './profiles.js';

const credentials = randomCredentials();
let peer: ScimmyPeer;
beforeAll(async () => {
  peer = await startScimmyPeer(credentials);
});
afterAll(() => peer.close());

// Generous: a loopback exchange on the loaded two-core machine can take seconds; no test here is about timeouts.
const timeout = 15_000;
const client = () => createClient(bearerConfig(peer.baseUrl, credentials.token), { timeout });

describe('SCIM client against scimmy on loopback', () => {
  it('runs the full user round trip', async () => {
    const users = client().users;
    const created = await users.create({
      userName: 'ada@example.com',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ value: 'ada@example.com', type: 'work', primary: true }],
      active: true,
    });
    expect(created.id).toBeTruthy();
    expect(created.schemas).toContain('urn:ietf:params:scim:schemas:core:2.0:User');

    expect((await users.get(created.id)).userName).toBe('ada@example.com');
    expect((await users.findByUserName('ada@example.com'))?.id).toBe(created.id);
    expect(await users.findByUserName('nobody@example.com')).toBeUndefined();

    const replaced = await users.replace(created.id, {
      userName: 'ada@example.com',
      name: { givenName: 'Augusta', familyName: 'Lovelace' },
      active: true,
    });
    expect(replaced.name?.givenName).toBe('Augusta');

    const patched = await users.patch(created.id, [{ op: 'replace', path: 'displayName', value: 'Countess' }]);
    expect(patched.displayName).toBe('Countess');

    expect((await users.deactivate(created.id)).active).toBe(false);
    expect((await users.reactivate(created.id)).active).toBe(true);

    await users.delete(created.id);
    const missing = await users.get(created.id).catch((error: unknown) => error);
    expect(isScimError(missing)).toBe(true);
    expect((missing as ScimError).status).toBe(404);
  });

  it('reports a duplicate as a typed 409 uniqueness error', async () => {
    const users = client().users;
    await users.create({ userName: 'dup@example.com' });
    const error = await users.create({ userName: 'dup@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ code: 'ERR_SCIM_HTTP', status: 409, scimType: 'uniqueness' });
  });

  it('pages with startIndex/count and iterates every match exactly once', async () => {
    const users = client().users;
    const made = [];
    for (let index = 0; index < 5; index += 1) made.push(await users.create({ userName: `page${index}@example.com` }));
    const page = await users.list({ filter: 'userName sw "page"', startIndex: 2, count: 2 });
    expect(page.totalResults).toBe(5);
    expect(page.resources).toHaveLength(2);
    const all = [];
    for await (const user of users.iterate({ filter: 'userName sw "page"', count: 2 })) all.push(user.id);
    expect(all.sort()).toEqual(made.map((u) => u.id).sort());
  });

  it('quotes filter values so quotes in input cannot change the filter', async () => {
    expect(eq('userName', 'a" or userName pr "')).toBe('userName eq "a\\" or userName pr \\""');
    const users = client().users;
    await users.create({ userName: 'victim@example.com' });
    // scimmy's filter parser has no escaped quotes, so it refuses the whole filter with 400 rather
    // than reading the injected `or userName pr` as a clause that would match every user.
    await expect(users.list({ filter: eq('userName', 'x" or userName pr "') })).rejects.toMatchObject({
      code: 'ERR_SCIM_HTTP',
      status: 400,
      scimType: 'invalidFilter',
    });
  });

  it('runs the full group round trip, including member add, remove and replace with []', async () => {
    const { users, groups } = client();
    const one = await users.create({ userName: 'member1@example.com' });
    const two = await users.create({ userName: 'member2@example.com' });
    const group = await groups.create({ displayName: 'Engineering', members: [] });
    expect((await groups.addMembers(group.id, [one.id, two.id])).members?.map((m) => m.value).sort()).toEqual(
      [one.id, two.id].sort(),
    );
    expect((await groups.removeMembers(group.id, [one.id])).members?.map((m) => m.value)).toEqual([two.id]);
    expect((await groups.setMembers(group.id, [])).members ?? []).toEqual([]);
    const renamed = await groups.replace(group.id, { displayName: 'Eng' });
    expect(renamed.displayName).toBe('Eng');
    expect((await groups.list({ filter: eq('displayName', 'Eng') })).resources.map((g) => g.id)).toEqual([group.id]);
    await groups.delete(group.id);
    await expect(groups.get(group.id)).rejects.toMatchObject({ status: 404 });
  });

  it('fetches and caches an OAuth 2 client-credentials token', async () => {
    const config = bearerConfig(peer.baseUrl, credentials.token, {
      auth: {
        type: 'oauth2',
        tokenUrl: peer.tokenUrl,
        clientId: credentials.oauth.clientId,
        clientSecret: credentials.oauth.clientSecret,
      },
    });
    const before = peer.issuedTokens();
    const oauth = createClient(config, { timeout });
    await oauth.users.list({ count: 1 });
    await oauth.users.list({ count: 1 });
    expect(peer.issuedTokens()).toBe(before + 1);
  });

  it('authenticates with HTTP Basic', async () => {
    const basic = (password: string) =>
      createClient(
        bearerConfig(peer.baseUrl, credentials.token, {
          auth: { type: 'basic', username: credentials.basic.username, password },
        }),
        { timeout },
      );
    const { totalResults } = await client().users.list({ count: 1 });
    expect((await basic(credentials.basic.password).users.list({ count: 1 })).totalResults).toBe(totalResults);
    await expect(basic(`${credentials.basic.password}-wrong`).users.list({ count: 1 })).rejects.toMatchObject({
      code: 'ERR_SCIM_HTTP',
      status: 401,
    });
  });
});
