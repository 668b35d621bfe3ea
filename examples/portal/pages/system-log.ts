// The System Log page (`/report/system_log_2`, Okta's Admin Console path): `<ik-system-log>` over
// the session client. The filters live in the URL, so a reload or a shared link opens the same view;
// **View Logs** on an app's page links here with `?appId=`.
import { logViewFromParams, logViewToParams } from '@integrakit/core/logs';
import '@integrakit/elements/system-log/define';
import type { PortalPage } from '../router.js';
import { setTitle } from './page-dom.js';
import { SYSTEM_LOG_PATH } from './system-log-path.js';

export const page: PortalPage = {
  render(outlet, _params, { client }) {
    setTitle('System Log');
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    heading.textContent = 'System Log';
    const log = document.createElement('ik-system-log');
    const view = logViewFromParams(new URLSearchParams(location.search));
    if (view.range !== undefined) log.range = view.range;
    log.categories = view.categories ?? [];
    log.outcome = view.outcome ?? '';
    log.q = view.q ?? '';
    log.appId = view.targetId ?? '';
    log.source = client.logs;
    outlet.append(heading);
    if (view.targetId !== undefined) {
      const all = document.createElement('a');
      all.href = SYSTEM_LOG_PATH;
      all.className = 'back';
      all.textContent = 'Show every app’s events';
      outlet.append(all);
    }
    outlet.append(log);
    // Filters replace the URL's query, so Back leaves the page instead of stepping through filters.
    log.addEventListener('ik-log-view-change', (event) => {
      const query = logViewToParams(event.detail.view).toString();
      history.replaceState(history.state, '', `${SYSTEM_LOG_PATH}${query === '' ? '' : `?${query}`}`);
    });
    return undefined;
  },
};
