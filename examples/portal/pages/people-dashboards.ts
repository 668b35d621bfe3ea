// Directory → Dashboards (`/admin/dashboard`): the people of the org, searchable, each row opening
// that person's End-User Dashboard preview. The search lives in the URL (`?q=`), so Back and reload work.
import type { User } from '@integrakit/core/client';
import type { PortalPage } from '../router.js';
import { DASHBOARDS_PATH, dashboardPath } from './dashboard-path.js';
import { setTitle } from './page-dom.js';
import { personName } from './person-name.js';

/** People listed at most; the search narrows a bigger org. */
const SHOWN = 50;

export const page: PortalPage = {
  render(outlet, _params, { client }) {
    setTitle('Dashboards');
    const heading = Object.assign(document.createElement('h1'), { tabIndex: -1, textContent: 'Dashboards' });
    const intro = Object.assign(document.createElement('p'), {
      textContent: 'Pick a person to preview the apps they see on their End-User Dashboard.',
    });
    const form = Object.assign(document.createElement('form'), { method: 'get', action: DASHBOARDS_PATH });
    form.setAttribute('role', 'search');
    const label = Object.assign(document.createElement('label'), { htmlFor: 'people-q', textContent: 'Search people' });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    const input = Object.assign(document.createElement('input'), {
      id: 'people-q',
      name: 'q',
      type: 'search',
      value: query,
    });
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Search' });
    form.append(label, input, submit);
    const status = Object.assign(document.createElement('p'), { className: 'status', textContent: 'Loading…' });
    status.setAttribute('role', 'status');
    const list = Object.assign(document.createElement('ul'), { className: 'people' });
    list.setAttribute('aria-label', 'People');
    outlet.append(heading, intro, form, status, list);

    const controller = new AbortController();
    void (async () => {
      try {
        const people: User[] = [];
        for await (const user of client.users.list({
          limit: SHOWN,
          signal: controller.signal,
          ...(query ? { q: query } : {}),
        })) {
          people.push(user);
          if (people.length === SHOWN) break;
        }
        for (const user of people) {
          const link = Object.assign(document.createElement('a'), {
            href: dashboardPath(user.id),
            textContent: personName(user),
          });
          const login = Object.assign(document.createElement('span'), {
            className: 'login',
            textContent: ` ${String(user.profile.login)}`,
          });
          const row = document.createElement('li');
          row.append(link, login);
          list.append(row);
        }
        status.textContent = people.length === 0 ? 'No people match.' : `${people.length} people shown.`;
      } catch (error) {
        if (!controller.signal.aborted) status.textContent = 'People could not be loaded. Reload to try again.';
        else throw error;
      }
    })().catch(() => undefined);
    return () => controller.abort();
  },
};
