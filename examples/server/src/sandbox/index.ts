import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { Db } from '../store/database.js';
import { createAssignmentCheck } from './assignment.js';
import { otherLaunchRoutes } from './dashboard/launch-routes.js';
import { userHomeRoutes } from './dashboard/user-home.js';
import { oidcRoutes } from './oidc/routes.js';
import { type SandboxOptions, sandboxSettings } from './options.js';
import { AUTOSUBMIT_JS, AUTOSUBMIT_JS_PATH, SANDBOX_CSS, SANDBOX_CSS_PATH, sandboxPage } from './page.js';
import { createSignIn } from './sign-in.js';
import { createTestRedirects, type TestRedirects } from './test-sp/test-redirects.js';

export type { SandboxOptions } from './options.js';

/**
 * What each protocol of the sandbox builds on: the signed-in person, the sign-in redirect, the
 * assignment check and the sandbox page layout.
 */
export interface Sandbox {
  /** The signed-in person and their IdP session, or `undefined`. */
  readonly currentPerson: ReturnType<typeof createSignIn>['currentPerson'];
  /**
   * The signed-in person, or a `Response` to return: a 303 to the sign-in page that comes back to
   * `returnTo` (a path on this server). The IdP session cookie is `SameSite=Lax`, so a cross-site
   * POST (SAML HTTP-POST binding) does not carry it: keep the request and come back with a GET.
   */
  readonly requireSignIn: ReturnType<typeof createSignIn>['requireSignIn'];
  /** Ends the caller's IdP session (single logout). */
  readonly endSession: ReturnType<typeof createSignIn>['endSession'];
  /**
   * Registers the origins a sign-in returning to a given path ends on, for the sign-in page's CSP
   * `form-action` (Chromium applies it to the whole redirect chain after the form posts).
   */
  readonly addFormTargets: ReturnType<typeof createSignIn>['addFormTargets'];
  /** Whether a person is assigned to an app, directly or through a group. */
  readonly isAssigned: ReturnType<typeof createAssignmentCheck>['isAssigned'];
  /** The person's app user (app username and profile), or `null` when not assigned. */
  readonly appUser: ReturnType<typeof createAssignmentCheck>['appUser'];
  /** Okta's 403 "App Not Assigned" page, recorded in the System Log. */
  readonly notAssigned: ReturnType<typeof createAssignmentCheck>['notAssigned'];
  /** Renders a page in the sandbox layout (sandbox banner, strict CSP). */
  readonly page: typeof sandboxPage;
  /** The transient redirect URIs of OIDC Test sign-in runs, which the provider accepts for their app. */
  readonly testRedirects: TestRedirects;
}

/**
 * The sandbox identity provider: the sign-in page and IdP session, plus each protocol's routes on
 * Okta's URL shapes, all in `routes` (which `app.ts` mounts at `/`), and `verifyBearer` for the
 * management API's OAuth access tokens.
 */
export function createSandbox(ctx: ServerContext, db: Db, options: SandboxOptions = {}) {
  const settings = sandboxSettings(options);
  const signIn = createSignIn(ctx, db, settings);
  const check = createAssignmentCheck(ctx);
  const sandbox: Sandbox = {
    currentPerson: signIn.currentPerson,
    requireSignIn: signIn.requireSignIn,
    endSession: signIn.endSession,
    addFormTargets: signIn.addFormTargets,
    isAssigned: check.isAssigned,
    appUser: check.appUser,
    notAssigned: check.notAssigned,
    page: sandboxPage,
    testRedirects: createTestRedirects(),
  };
  const routes = new Hono();
  routes.get(SANDBOX_CSS_PATH, (c) =>
    c.body(SANDBOX_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  routes.get(AUTOSUBMIT_JS_PATH, (c) =>
    c.body(AUTOSUBMIT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  routes.route('/', signIn.routes);
  // Each protocol's routes, one line each.
  const oidc = oidcRoutes(ctx, db, sandbox);
  routes.route('/', oidc.routes);
  routes.route('/', userHomeRoutes(ctx, sandbox));
  routes.route('/', otherLaunchRoutes(ctx, sandbox));
  return { ...sandbox, routes, verifyBearer: oidc.verifyBearer };
}
