import { randomBytes, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { baseUrl, type ServerContext } from '../context.js';
import type { LogEntity } from '../log/log-event.js';
import { userTarget } from '../log/targets.js';
import type { Db } from '../store/database.js';
import type { StoredUser } from '../store/directory.js';
import { createPasswordStore, hashPassword, verifyPassword } from '../store/passwords.js';
import { FormFieldError, field, readForm } from './form.js';
import { createLockout } from './lockout.js';
import type { SandboxSettings } from './options.js';
import { escapeHtml, sandboxPage } from './page.js';
import { createPeople } from './people.js';
import { createSessionStore, type IdpSession } from './session-store.js';

/** The IdP session cookie (`HttpOnly`, `SameSite=Lax`, so a top-level GET from an app carries it). */
export const SESSION_COOKIE = 'ik_idp_sid';
const CSRF_COOKIE = 'ik_idp_csrf';
/** Where a sign-in without `fromURI` lands: a page naming who is signed in. */
export const SESSION_PAGE = '/sandbox/session';
const SIGN_IN_PAGE = '/signin';
const GENERIC_ERROR = 'Unable to sign in';
const MAX_RETURN_PATH = 2048;

/** A signed-in person and their IdP session. */
export interface SignedIn {
  readonly user: StoredUser;
  readonly session: IdpSession;
}

/**
 * Origins a sign-in that returns to `fromUri` may end on (see `SandboxPageOptions.formTargets`);
 * each protocol registers one for its own paths.
 */
export type FormTargetResolver = (fromUri: string) => Promise<readonly string[]> | readonly string[];

/** `value` when it is a path on this server (`/…`, never `//host` or `/\host`), else `undefined`. */
export function returnPath(value: string | undefined): string | undefined {
  if (value === undefined || value.length > MAX_RETURN_PATH || !/^\/(?![/\\])/.test(value)) return undefined;
  const url = new URL(value, 'http://sandbox.invalid');
  return url.origin === 'http://sandbox.invalid' ? `${url.pathname}${url.search}` : undefined;
}

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** An unknown person typed into the form, as a System Log actor (the typed name, bounded). */
const unknownActor = (login: string): LogEntity => ({
  id: 'unknown',
  type: 'User',
  alternateId: login.slice(0, 100),
  displayName: 'unknown',
});

/** The sign-in page, the IdP session, lockout, and what other sandbox routes call to require a person. */
export function createSignIn(ctx: ServerContext, db: Db, settings: SandboxSettings) {
  const sessions = createSessionStore(db);
  const lockout = createLockout(db, settings);
  const people = createPeople(db);
  const passwords = createPasswordStore(db);
  const resolvers: FormTargetResolver[] = [];
  // Unknown logins are checked against this hash, so a wrong login costs as long as a wrong password.
  const decoyHash = hashPassword(randomBytes(16).toString('base64url'));

  const record = (c: Context, input: Parameters<ServerContext['log']['record']>[1]) =>
    ctx.withWrite(async () => ctx.log.record(c, input));

  const currentPerson = (c: Context): SignedIn | undefined => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token === undefined ? undefined : sessions.find(token);
    const user = session === undefined ? undefined : people.byId(session.userId);
    return session !== undefined && user?.status === 'ACTIVE' ? { user, session } : undefined;
  };

  const formTargets = async (fromUri: string) => {
    const all = await Promise.all(resolvers.map((resolve) => resolve(fromUri)));
    return [...new Set(all.flat())];
  };

  const csrfToken = (c: Context) => {
    const existing = getCookie(c, CSRF_COOKIE);
    if (existing !== undefined && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
    const token = randomBytes(32).toString('base64url');
    setCookie(c, CSRF_COOKIE, token, cookieOptions(c, 'Strict'));
    return token;
  };

  const form = async (
    c: Context,
    fromUri: string,
    options: { status?: 200 | 400 | 401 | 403; error?: string; username?: string },
  ) => {
    const error =
      options.error === undefined ? '' : `      <p class="error" role="alert">${escapeHtml(options.error)}</p>\n`;
    return sandboxPage(c, {
      title: 'Sign in',
      status: options.status ?? 200,
      formTargets: await formTargets(fromUri),
      body: `      <h1>Sign in</h1>
${error}      <form method="post" action="${SIGN_IN_PAGE}">
        <input type="hidden" name="csrf" value="${csrfToken(c)}" />
        <input type="hidden" name="fromURI" value="${escapeHtml(fromUri)}" />
        <label for="username">Username</label>
        <input id="username" name="username" autocomplete="username" required maxlength="100" value="${escapeHtml(options.username ?? '')}" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256" />
        <button type="submit">Sign in</button>
      </form>`,
    });
  };

  const csrfHolds = (c: Context, submitted: string) => {
    const cookie = getCookie(c, CSRF_COOKIE);
    return cookie !== undefined && sameSecret(cookie, submitted);
  };

  const refuseForm = (c: Context, error: FormFieldError) =>
    sandboxPage(c, {
      title: 'Sign-in refused',
      status: error.field === 'csrf' ? 403 : 400,
      body: `      <h1>Sign-in refused</h1>
      <p class="error" role="alert">${escapeHtml(error.message)}</p>
      <p><a href="${SIGN_IN_PAGE}">Sign in again</a></p>`,
    });

  /** Checks the password (and lockout) of `login`; the person on success, else why not. */
  const authenticate = async (login: string, password: string) => {
    const person = people.byLogin(login);
    if (lockout.state(login).locked) return { person, reason: 'LOCKED_OUT' as const };
    const hash = person === undefined ? undefined : passwords.hashOf(person.id);
    const matches = await verifyPassword(password, hash ?? (await decoyHash));
    if (person !== undefined && hash !== undefined && matches && person.status === 'ACTIVE') {
      lockout.succeed(login);
      return { person, reason: undefined };
    }
    return { person, reason: 'INVALID_CREDENTIALS' as const };
  };

  const app = new Hono();
  app.get(SIGN_IN_PAGE, async (c) => {
    const fromUri = returnPath(c.req.query('fromURI')) ?? SESSION_PAGE;
    if (currentPerson(c) !== undefined) return c.redirect(fromUri, 303);
    return form(c, fromUri, {});
  });
  app.post(SIGN_IN_PAGE, async (c) => {
    let login: string;
    let password: string;
    let fromUri: string;
    try {
      const body = await readForm(c);
      if (!csrfHolds(c, field(body, 'csrf', 64)))
        throw new FormFieldError('csrf', 'must match this browser’s sign-in form; reload the sign-in page');
      login = field(body, 'username', 100);
      password = field(body, 'password', 256);
      fromUri = returnPath(body.get('fromURI') ?? undefined) ?? SESSION_PAGE;
    } catch (error) {
      if (error instanceof FormFieldError) return refuseForm(c, error);
      throw error;
    }
    const { person, reason } = await authenticate(login, password);
    const actor = person === undefined ? unknownActor(login) : userTarget(person);
    if (reason !== undefined) {
      const counted = reason === 'INVALID_CREDENTIALS' && person !== undefined ? lockout.fail(login) : undefined;
      await record(c, {
        eventType: 'user.session.start',
        displayMessage: 'User login to Okta',
        actor,
        target: [],
        severity: 'WARN',
        outcome: { result: 'FAILURE', reason },
      });
      if (counted?.lockedNow && person !== undefined) {
        await record(c, {
          eventType: 'user.account.lock',
          displayMessage: 'Max sign in attempts exceeded',
          actor,
          target: [userTarget(person)],
          severity: 'WARN',
          outcome: { result: 'SUCCESS' },
        });
      }
      await sleep(counted?.delayMs ?? settings.failureDelayMs);
      return form(c, fromUri, { status: 401, error: GENERIC_ERROR, username: login });
    }
    const signedIn = person as StoredUser;
    setCookie(c, SESSION_COOKIE, sessions.start(signedIn.id, settings.sessionTtlMs), cookieOptions(c, 'Lax'));
    await record(c, {
      eventType: 'user.session.start',
      displayMessage: 'User login to Okta',
      actor,
      target: [],
    });
    return c.redirect(fromUri, 303);
  });
  app.get(SESSION_PAGE, (c) => {
    const signedIn = currentPerson(c);
    if (signedIn === undefined) return c.redirect(`${SIGN_IN_PAGE}?fromURI=${encodeURIComponent(SESSION_PAGE)}`, 303);
    return sandboxPage(c, {
      title: 'Signed in',
      body: `      <h1>Signed in</h1>
      <p>You are signed in to the sandbox as <strong>${escapeHtml(signedIn.user.profile.login)}</strong>.</p>
      <form method="post" action="/sandbox/signout">
        <input type="hidden" name="csrf" value="${csrfToken(c)}" />
        <button type="submit">Sign out</button>
      </form>`,
    });
  });
  app.post('/sandbox/signout', async (c) => {
    try {
      if (!csrfHolds(c, field(await readForm(c), 'csrf', 64)))
        throw new FormFieldError('csrf', 'must match this browser’s form; reload the page');
    } catch (error) {
      if (error instanceof FormFieldError) return refuseForm(c, error);
      throw error;
    }
    endSession(c);
    return c.redirect(SIGN_IN_PAGE, 303);
  });

  /** Ends the caller's IdP session (cookie and stored row), if any. */
  function endSession(c: Context): void {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined) sessions.end(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  return {
    routes: app,
    currentPerson,
    endSession,
    /**
     * The signed-in person, or a 303 to the sign-in page that comes back to `returnTo` (a path on
     * this server) once they sign in.
     */
    requireSignIn(c: Context, returnTo: string): SignedIn | Response {
      const signedIn = currentPerson(c);
      if (signedIn !== undefined) return signedIn;
      const path = returnPath(returnTo) ?? SESSION_PAGE;
      return c.redirect(`${SIGN_IN_PAGE}?fromURI=${encodeURIComponent(path)}`, 303);
    },
    /** Lets the sign-in form of a flow returning to some of `fromUri`s post on to other origins. */
    addFormTargets(resolver: FormTargetResolver): void {
      resolvers.push(resolver);
    },
  };
}

/** The sandbox's sign-in service, as {@link createSignIn} returns it. */
export type SignIn = ReturnType<typeof createSignIn>;

function cookieOptions(c: Context, sameSite: 'Lax' | 'Strict') {
  return { httpOnly: true, sameSite, path: '/', secure: baseUrl(c).startsWith('https:') };
}
