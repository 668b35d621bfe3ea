// A person's End-User Dashboard as an admin preview (`/admin/dashboard/{userId}`): <ik-dashboard>
// over the session client, showing what the person sees at /app/UserHome.
import '@integrakit/elements/dashboard/define';
import type { PortalPage } from '../router.js';
import { DASHBOARDS_PATH } from './dashboard-path.js';
import { setTitle } from './page-dom.js';
import { personName } from './person-name.js';

export const page: PortalPage = {
  render(outlet, params, { client }) {
    const userId = params.userId ?? '';
    setTitle('Dashboard');
    const back = Object.assign(document.createElement('a'), {
      href: DASHBOARDS_PATH,
      className: 'back',
      textContent: 'Back to Dashboards',
    });
    const heading = Object.assign(document.createElement('h1'), { tabIndex: -1, textContent: 'Dashboard' });
    const note = Object.assign(document.createElement('p'), {
      textContent:
        'Admin preview: the apps this person sees after signing in at /app/UserHome. Tiles open in a new tab.',
    });
    const controller = new AbortController();
    client.users.get(userId, { signal: controller.signal }).then(
      (user) => {
        const name = personName(user);
        heading.textContent = `Dashboard: ${name}`;
        setTitle(`Dashboard: ${name}`);
      },
      () => undefined, // <ik-dashboard> shows the failure
    );
    const dashboard = document.createElement('ik-dashboard');
    dashboard.client = client;
    dashboard.userId = userId;
    dashboard.target = '_blank';
    outlet.append(back, heading, note, dashboard);
    return () => controller.abort();
  },
};
