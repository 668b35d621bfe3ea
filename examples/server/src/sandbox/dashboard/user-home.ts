import { Hono } from 'hono';
import type { ServerContext } from '../../context.js';
import { appLinksFor } from '../../routes/app-links.js';
import type { Sandbox } from '../index.js';
import { escapeHtml } from '../page.js';
import { SESSION_PAGE } from '../sign-in.js';

/** Okta's path of the End-User Dashboard. */
export const USER_HOME_PATH = '/app/UserHome';

/**
 * The End-User Dashboard at Okta's `/app/UserHome`: after the sandbox sign-in, the signed-in
 * person's apps (their app links, hidden ones left out) as plain links to each app's launch URL.
 * Rendered on the server, so the page keeps the sandbox's script-free CSP and needs no bundle.
 */
export function userHomeRoutes(ctx: ServerContext, sandbox: Sandbox): Hono {
  const routes = new Hono();
  routes.get(USER_HOME_PATH, async (c) => {
    const answer = sandbox.requireSignIn(c, USER_HOME_PATH);
    if (answer instanceof Response) return answer;
    const { user } = answer;
    const links = (await appLinksFor(ctx, c, user.id)).filter((link) => !link.hidden);
    const tiles = links
      .map((link) => `        <li><a class="app" href="${escapeHtml(link.linkUrl)}">${escapeHtml(link.label)}</a></li>`)
      .join('\n');
    const { firstName, lastName, login } = user.profile;
    const name =
      [firstName, lastName]
        .filter((part) => typeof part === 'string')
        .join(' ')
        .trim() || login;
    return sandbox.page(c, {
      title: 'My Apps',
      body: `      <h1>My Apps</h1>
      <p class="status">Signed in as <strong>${escapeHtml(name)}</strong> (${escapeHtml(user.profile.login)}).</p>
${links.length === 0 ? '      <p class="empty">No apps are assigned to you yet.</p>' : `      <ul class="apps" aria-label="My Apps">\n${tiles}\n      </ul>`}
      <p><a href="${SESSION_PAGE}">Your sandbox session</a> (sign out there).</p>`,
    });
  });
  return routes;
}
