import { Hono } from 'hono';
import type { ServerContext } from '../../context.js';
import { appLinksFor } from '../../routes/app-links.js';
import type { Sandbox } from '../index.js';
import { userHomeHtml } from './user-home-page.js';

/** Okta's path of the End-User Dashboard. */
export const USER_HOME_PATH = '/app/UserHome';

/**
 * The End-User Dashboard at Okta's `/app/UserHome`: after the sandbox sign-in, the signed-in
 * person's apps (their app links, hidden ones left out) in `<ik-dashboard>`, with plain links as
 * the fallback (see {@link userHomeHtml}).
 */
export function userHomeRoutes(ctx: ServerContext, sandbox: Sandbox): Hono {
  const routes = new Hono();
  routes.get(USER_HOME_PATH, async (c) => {
    const answer = sandbox.requireSignIn(c, USER_HOME_PATH);
    if (answer instanceof Response) return answer;
    const { user } = answer;
    const links = (await appLinksFor(ctx, c, user.id)).filter((link) => !link.hidden);
    const { firstName, lastName, login } = user.profile;
    const name =
      [firstName, lastName]
        .filter((part) => typeof part === 'string')
        .join(' ')
        .trim() || login;
    return sandbox.page(c, { title: 'My Apps', body: userHomeHtml({ name, login: user.profile.login }, links) });
  });
  return routes;
}
