// An app's own page (`/admin/app/{appName}/instance/{appId}`): loads the app through the session
// client and shows it.
import { isApiError } from '@integrakit/core/client';
import type { PortalPage } from '../router.js';
import { setTitle } from './page-dom.js';

export const page: PortalPage = {
  render(outlet, params, { client }) {
    const appId = params.appId ?? '';
    const left = new AbortController();
    const back = document.createElement('a');
    back.href = '/admin/apps';
    back.className = 'back';
    back.textContent = 'Back to Applications';
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    heading.textContent = 'Application';
    const status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = 'Loading…';
    const facts = document.createElement('dl');
    facts.className = 'facts';
    outlet.append(back, heading, status, facts);
    setTitle('Application');

    client.apps
      .get(appId, { signal: left.signal })
      .then((app) => {
        heading.textContent = app.label;
        setTitle(app.label);
        status.textContent = '';
        for (const [term, value] of [
          ['Sign-on mode', app.signOnMode],
          ['Status', app.status === 'ACTIVE' ? 'Active' : 'Inactive'],
          ['App id', app.id],
        ] as const) {
          const dt = document.createElement('dt');
          dt.textContent = term;
          const dd = document.createElement('dd');
          dd.textContent = value;
          facts.append(dt, dd);
        }
      })
      .catch((error: unknown) => {
        if (left.signal.aborted) return;
        status.classList.add('error');
        status.textContent = isApiError(error, 404)
          ? 'This application does not exist (it may have been deleted).'
          : isApiError(error, 401)
            ? 'You are not signed in. Open a fresh portal login link (pnpm login-link).'
            : 'Could not load the application. Reload to try again.';
      });
    return () => left.abort();
  },
};
