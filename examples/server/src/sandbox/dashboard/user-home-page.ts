import type { AppLink } from '@integrakit/core/client';
import { escapeHtml, jsonDataHtml } from '../page.js';
import { SESSION_PAGE } from '../sign-in.js';

/** Path of the End-User Dashboard's script (an entry of the portal bundle): it fills `<ik-dashboard>` from the page's data. */
export const USER_HOME_SCRIPT_PATH = '/user-home.js';
/** The id of the page's JSON data element: the person's visible app links. */
export const USER_HOME_DATA_ID = 'user-home-links';

/** Who is signed in, as the page greets them. */
export interface UserHomePerson {
  readonly name: string;
  readonly login: string;
}

/**
 * The End-User Dashboard's main content: `<ik-dashboard>`, filled by {@link USER_HOME_SCRIPT_PATH}
 * with `links` from {@link jsonDataHtml}. The same links are the element's light-DOM children as
 * plain HTML links: the element's shadow root has no slot, so they show only while it is not
 * defined (scripts off, or the bundle absent or failing), and the page works either way.
 */
export function userHomeHtml(person: UserHomePerson, links: readonly AppLink[]): string {
  const fallback =
    links.length === 0
      ? '        <p class="empty">No apps are assigned to you yet.</p>'
      : `        <ul class="apps" aria-label="My Apps">\n${links
          .map(
            (link) =>
              `          <li><a class="app" href="${escapeHtml(link.linkUrl)}">${escapeHtml(link.label)}</a></li>`,
          )
          .join('\n')}\n        </ul>`;
  return `      <h1>My Apps</h1>
      <p class="status">Signed in as <strong>${escapeHtml(person.name)}</strong> (${escapeHtml(person.login)}).</p>
      <ik-dashboard no-heading>
${fallback}
      </ik-dashboard>
      <p><a href="${SESSION_PAGE}">Your sandbox session</a> (sign out there).</p>
      ${jsonDataHtml(USER_HOME_DATA_ID, links)}
      <script type="module" src="${USER_HOME_SCRIPT_PATH}"></script>`;
}
