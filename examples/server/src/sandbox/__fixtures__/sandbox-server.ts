import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiCaller } from '../../__fixtures__/api-call.js';
import { browser } from '../../__fixtures__/browser.js';
import { type RunningServer, startServer } from '../../app.js';
import type { SandboxOptions } from '../options.js';

/** The password every seeded person of a sandbox test server has. */
export const SEEDED_PASSWORD = 'correct horse battery staple';

/**
 * A reference server with the seeded org (ada@example.com, grace@… with {@link SEEDED_PASSWORD})
 * on its own data dir, an API caller for it, and a restart on the same data.
 */
export async function startSandboxServer(sandbox: SandboxOptions = { failureDelayMs: 0 }) {
  const token = `test-${crypto.randomUUID()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-sandbox-'));
  const start = () => startServer({ apiToken: token, dataDir, port: 0, seed: { password: SEEDED_PASSWORD }, sandbox });
  const state = { server: (await start()) as RunningServer };
  const call = apiCaller(() => ({ url: state.server.url, token }));
  return {
    get server() {
      return state.server;
    },
    get url() {
      return state.server.url;
    },
    call,
    /** The id of the person with `login`. */
    async userId(login: string): Promise<string> {
      const found = await call('GET', `/api/v1/users?q=${encodeURIComponent(login)}`);
      const id = found.json[0]?.id;
      if (typeof id !== 'string') throw new Error(`no user ${login}`);
      return id;
    },
    /** System Log events of `eventType`, oldest first. */
    async events(eventType: string) {
      const until = encodeURIComponent(new Date(Date.now() + 1000).toISOString());
      const filter = encodeURIComponent(`eventType eq "${eventType}"`);
      const page = await call('GET', `/api/v1/logs?until=${until}&limit=1000&filter=${filter}`);
      if (page.status !== 200) throw new Error(`System Log query failed: ${page.text}`);
      return page.json as {
        outcome: { result: string; reason?: string };
        actor: { id: string; alternateId: string };
      }[];
    },
    /** Stops the server and starts it again on the same data dir (a new port). */
    async restart() {
      await state.server.close();
      state.server = await start();
    },
    close: () => state.server.close(),
  };
}

/** A scripted browser signed in to the sandbox at `url` as the seeded person `login`. */
export async function signedIn(url: string, login = 'grace@example.com') {
  const person = browser();
  const page = await person.request(`${url}/signin`);
  const response = await person.submitSignIn(url, await page.text(), login, SEEDED_PASSWORD);
  if (response.status !== 303) throw new Error(`sign-in as ${login} failed: ${response.status}`);
  return person;
}
