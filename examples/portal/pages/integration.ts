// An app's own page (`/admin/app/{appName}/instance/{appId}`): <ik-integration> over the session
// client. The open tab is in the URL's hash (`#tab-sign-on`), so a reload reopens it.
import '@integrakit/elements/integration/define';
import type { PortalPage } from '../router.js';
import { setTitle } from './page-dom.js';
import { startTestSignIn } from './test-sign-in.js';

const TABS = ['general', 'sign-on', 'provisioning', 'assignments'] as const;
const tabOf = (hash: string) => TABS.find((tab) => hash === `#tab-${tab}`) ?? 'general';

export const page: PortalPage = {
  render(outlet, params, { client, navigate }) {
    const back = document.createElement('a');
    back.href = '/admin/apps';
    back.className = 'back';
    back.textContent = 'Back to Applications';
    const element = document.createElement('ik-integration');
    element.headingLevel = 1;
    element.client = client;
    element.appId = params.appId ?? '';
    element.tab = tabOf(location.hash);
    element.testSignIn = true;
    const status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    setTitle('Application');
    element.addEventListener('ik-integration-loaded', (event) => setTitle(event.detail.app.label as string));
    // The activity section needs the app to exist: its code loads and it is added once, after the
    // first load, unless the page was left meanwhile (the outlet then holds the next page).
    element.addEventListener(
      'ik-integration-loaded',
      (event) => {
        void import('./app-activity.js').then(({ appendAppActivity }) => {
          if (element.isConnected) appendAppActivity(outlet, event.detail.app.id as string, client);
        });
      },
      { once: true },
    );
    element.addEventListener('ik-integration-updated', (event) => setTitle(event.detail.app.label as string));
    element.addEventListener('ik-integration-tab', (event) => {
      history.replaceState(history.state, '', `#tab-${event.detail.tab}`);
    });
    element.addEventListener('ik-integration-deleted', () => navigate('/admin/apps'));
    element.addEventListener(
      'ik-integration-test-sign-in',
      (event) => void startTestSignIn(event.detail.app.id, status),
    );
    outlet.append(back, status, element);
    return undefined;
  },
};
