import { createExpiringMap } from '../saml/expiring-map.js';

/** How long a test run's redirect URI is accepted: as long as its Test sign-in URL. */
export const TEST_RUN_MS = 10 * 60_000;
const MAX_RUNS = 1000;

/** The test SP's callback for one run: the transient redirect URI the sandbox accepts for it. */
export const testCallbackPath = (runId: string) => `/sandbox/test-sp/${runId}/callback`;

/** One OIDC test run: the app, and what its callback must see again. */
export interface TestRun {
  readonly appId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * Transient redirect URIs of OIDC Test sign-in runs. An app's registered redirect URIs point at the
 * app, not at the test SP, so (like Okta's own test tools) a run started by an admin through the
 * authenticated API gets a redirect URI of its own on this server, accepted for that app only,
 * until the run's callback takes it or it expires; any other URI on that path is refused.
 */
export function createTestRedirects() {
  const runs = createExpiringMap<TestRun>({ max: MAX_RUNS, ttlMs: TEST_RUN_MS });
  return {
    /** Registers run `runId`; `'full'` when too many runs are open. */
    open(runId: string, run: TestRun): 'added' | 'taken' | 'full' {
      return runs.add(runId, run);
    },
    /** Whether `uri` is the redirect URI of a live run for `appId`. */
    allows(appId: string, uri: string): boolean {
      const runId = /^\/sandbox\/test-sp\/([A-Za-z0-9_-]{1,64})\/callback$/.exec(
        URL.canParse(uri) ? new URL(uri).pathname : '',
      )?.[1];
      const run = runId === undefined ? undefined : runs.peek(runId);
      return run !== undefined && run.appId === appId && run.redirectUri === uri;
    },
    /** The live run `runId`, left in place. */
    peek(runId: string): TestRun | undefined {
      return runs.peek(runId);
    },
    /** The live run `runId`, removed: its redirect URI is refused from now on. */
    take(runId: string): TestRun | undefined {
      return runs.take(runId);
    },
  };
}

/** {@link createTestRedirects}'s registry. */
export type TestRedirects = ReturnType<typeof createTestRedirects>;
