import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from '../__fixtures__/browser.js';
import { SEEDED_PASSWORD, startSandboxServer } from './__fixtures__/sandbox-server.js';

// Seeding hashes six scrypt passwords, and each sign-in checks one: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  sandbox = await startSandboxServer({ failureDelayMs: 0, lockoutAfter: 3 });
});
afterAll(async () => {
  await sandbox.close();
});

/** Opens the sign-in page (returning to `fromURI`) in a fresh browser and submits it. */
async function signIn(username: string, password: string, fromURI = '/sandbox/session') {
  const person = browser();
  const page = await person.request(`${sandbox.url}/signin?fromURI=${encodeURIComponent(fromURI)}`);
  const response = await person.submitSignIn(sandbox.url, await page.text(), username, password);
  return { person, response, text: await response.text() };
}

describe('sign-in page', () => {
  it('has Username, Password and Sign in, says it is a sandbox, and sends a strict CSP', async () => {
    const response = await browser().request(`${sandbox.url}/signin`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<label for="username">Username<\/label>/);
    expect(html).toMatch(/<label for="password">Password<\/label>/);
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(html).toContain('sandbox');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(html).not.toContain('<script');
  });

  it('signs a seeded person in with an HttpOnly, SameSite=Lax session cookie', async () => {
    const { person, response } = await signIn('Ada@Example.com', SEEDED_PASSWORD);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sandbox/session');
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('ik_idp_sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const page = await person.request(`${sandbox.url}/sandbox/session`);
    expect(await page.text()).toContain('ada@example.com');
  });

  it('keeps the session across a restart (stored in SQLite)', async () => {
    const { person } = await signIn('grace@example.com', SEEDED_PASSWORD);
    const host = new URL(sandbox.url).host;
    const cookie = person.cookies(host).get('ik_idp_sid');
    await sandbox.restart();
    const response = await fetch(`${sandbox.url}/sandbox/session`, {
      headers: { cookie: `ik_idp_sid=${cookie}` },
      redirect: 'manual',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('grace@example.com');
  });

  it('answers a wrong password and an unknown person with the same generic error, logged without the password', async () => {
    const wrong = await signIn('alan@example.com', 'not-the-password');
    const unknown = await signIn('nobody@example.com', 'not-the-password');
    for (const attempt of [wrong, unknown]) {
      expect(attempt.response.status).toBe(401);
      expect(attempt.text).toContain('Unable to sign in');
      expect(attempt.response.headers.getSetCookie().some((line) => line.startsWith('ik_idp_sid='))).toBe(false);
    }
    const failures = (await sandbox.events('user.session.start')).filter((event) => event.outcome.result === 'FAILURE');
    expect(failures.map((event) => [event.actor.alternateId, event.outcome.reason])).toEqual(
      expect.arrayContaining([
        ['alan@example.com', 'INVALID_CREDENTIALS'],
        ['nobody@example.com', 'INVALID_CREDENTIALS'],
      ]),
    );
    const log = await sandbox.call(
      'GET',
      `/api/v1/logs?limit=1000&until=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`,
    );
    expect(log.text).not.toContain('not-the-password');
    expect(log.text).not.toContain(SEEDED_PASSWORD);
  });

  it('locks a person out after the configured number of failures, even with the right password next', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await signIn('katherine@example.com', `wrong-${attempt}`)).response.status).toBe(401);
    }
    const locked = await signIn('katherine@example.com', SEEDED_PASSWORD);
    expect(locked.response.status).toBe(401);
    expect(locked.text).toContain('Unable to sign in');
    expect((await sandbox.events('user.account.lock')).map((event) => event.actor.alternateId)).toContain(
      'katherine@example.com',
    );
    const reasons = (await sandbox.events('user.session.start'))
      .filter((event) => event.actor.alternateId === 'katherine@example.com')
      .map((event) => event.outcome.reason);
    expect(reasons.at(-1)).toBe('LOCKED_OUT');
  });

  it('refuses a sign-in without the CSRF token or with another browser’s', async () => {
    const form = (csrf?: string) =>
      new URLSearchParams({ username: 'ada@example.com', password: SEEDED_PASSWORD, ...(csrf ? { csrf } : {}) });
    const attacker = browser();
    const stolen = attacker.hidden(await (await attacker.request(`${sandbox.url}/signin`)).text(), 'csrf');
    const victim = browser();
    await victim.request(`${sandbox.url}/signin`);
    for (const body of [form(), form(stolen)]) {
      const response = await victim.request(`${sandbox.url}/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('csrf');
      expect(response.headers.getSetCookie().some((line) => line.startsWith('ik_idp_sid='))).toBe(false);
    }
  });

  it('never redirects off the server after sign-in', async () => {
    for (const fromURI of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
      const { response } = await signIn('margaret@example.com', SEEDED_PASSWORD, fromURI);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/sandbox/session');
    }
  });

  it('signs out, ending the stored session', async () => {
    const { person } = await signIn('tim@example.com', SEEDED_PASSWORD);
    const cookie = person.cookies(new URL(sandbox.url).host).get('ik_idp_sid');
    const page = await (await person.request(`${sandbox.url}/sandbox/session`)).text();
    const out = await person.request(`${sandbox.url}/sandbox/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: person.hidden(page, 'csrf') }).toString(),
    });
    expect(out.status).toBe(303);
    const replay = await fetch(`${sandbox.url}/sandbox/session`, {
      headers: { cookie: `ik_idp_sid=${cookie}` },
      redirect: 'manual',
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/signin\?fromURI=/);
  });
});

describe('people created through the API', () => {
  it('hashes credentials.password.value: the person can sign in, and the password is never returned', async () => {
    const created = await sandbox.call('POST', '/api/v1/users?activate=true', {
      profile: {
        login: 'new.person@example.com',
        email: 'new.person@example.com',
        firstName: 'New',
        lastName: 'Person',
      },
      credentials: { password: { value: 'A-fresh-password-42' } },
    });
    expect(created.status).toBe(200);
    expect(created.text).not.toContain('A-fresh-password-42');
    expect((await signIn('new.person@example.com', 'A-fresh-password-42')).response.status).toBe(303);
    expect((await signIn('new.person@example.com', 'a-fresh-password-42')).response.status).toBe(401);
  });

  it('refuses an over-long password, naming the field', async () => {
    const created = await sandbox.call('POST', '/api/v1/users', {
      profile: { login: 'long.pw@example.com', email: 'long.pw@example.com', firstName: 'Long', lastName: 'Password' },
      credentials: { password: { value: 'x'.repeat(257) } },
    });
    expect(created.status).toBe(400);
    expect(created.json.errorCauses[0].errorSummary).toMatch(/^credentials\.password\.value:/);
  });
});
