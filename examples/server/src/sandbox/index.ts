import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { Db } from '../store/database.js';
import { createAssignmentCheck } from './assignment.js';
import { type SandboxOptions, sandboxSettings } from './options.js';
import { SANDBOX_CSS, SANDBOX_CSS_PATH, sandboxPage } from './page.js';
import { createSignIn } from './sign-in.js';

export type { SandboxOptions } from './options.js';

/**
 * The sandbox identity provider: the sign-in page and IdP session, plus each protocol's routes on
 * Okta's URL shapes. Protocol modules get {@link Sandbox} and add their routes to `routes`.
 */
export function createSandbox(ctx: ServerContext, db: Db, options: SandboxOptions = {}) {
  const settings = sandboxSettings(options);
  const signIn = createSignIn(ctx, db, settings);
  const check = createAssignmentCheck(ctx);
  const routes = new Hono();
  routes.get(SANDBOX_CSS_PATH, (c) =>
    c.body(SANDBOX_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  routes.route('/', signIn.routes);
  return {
    /** Every sandbox route; `app.ts` mounts it at `/`. */
    routes,
    /** The signed-in person and their session, or `undefined`. */
    currentPerson: signIn.currentPerson,
    /** The signed-in person, or a `Response` (303 to the sign-in page, coming back to `returnTo`) to return. */
    requireSignIn: signIn.requireSignIn,
    /** Ends the caller's IdP session. */
    endSession: signIn.endSession,
    /** Registers the origins a sign-in returning to some path ends on (CSP `form-action`). */
    addFormTargets: signIn.addFormTargets,
    /** Whether a person is assigned to an app, directly or through a group. */
    isAssigned: check.isAssigned,
    /** The person's app user (app username and profile), or `null` when not assigned. */
    appUser: check.appUser,
    /** Okta's 403 "App Not Assigned" page, logged to the System Log. */
    notAssigned: check.notAssigned,
    /** Renders a page in the sandbox layout (sandbox banner, strict CSP). */
    page: sandboxPage,
  };
}

/** The sandbox identity provider's API for protocol modules (see {@link createSandbox}). */
export type Sandbox = ReturnType<typeof createSandbox>;
