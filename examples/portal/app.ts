// The reference server's portal: one router over the pages, each at its own URL. The session cookie
// (HttpOnly) is the only credential: no script here ever sees a token.
import { createClient } from '@integrakit/core/client';
import { DASHBOARDS_PATH } from './pages/dashboard-path.js';
import { notFoundPage } from './pages/not-found.js';
import { SYSTEM_LOG_PATH } from './pages/system-log-path.js';
import { startRouter } from './router.js';

const outlet = document.getElementById('page');
if (outlet === null) throw new Error('#page is missing from index.html');
// Every page, the landing one too, loads with `import()`: this script is only the shell, so the first
// screen loads the shell and the page it shows, never another page's elements.
const applications = async () => (await import('./pages/applications.js')).page;
const client = createClient({ orgUrl: location.origin, session: true, timeout: 15_000 });

startRouter(
  outlet,
  [
    { path: '/', page: applications },
    { path: '/admin/apps', page: applications },
    { path: '/admin/app/:appName/instance/:appId', page: async () => (await import('./pages/integration.js')).page },
    { path: DASHBOARDS_PATH, page: async () => (await import('./pages/people-dashboards.js')).page },
    { path: `${DASHBOARDS_PATH}/:userId`, page: async () => (await import('./pages/dashboard.js')).page },
    { path: SYSTEM_LOG_PATH, page: async () => (await import('./pages/system-log.js')).page },
  ],
  notFoundPage,
  client,
);
