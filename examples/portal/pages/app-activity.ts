// An app's activity on its page: **View Logs** (the System Log filtered to the app) and its usage
// over the last 30 days (`<ik-usage-chart>`).
import type { IntegrakitClient } from '@integrakit/core/client';
import { logViewToParams } from '@integrakit/core/logs';
import '@integrakit/elements/usage-chart/define';
import { SYSTEM_LOG_PATH } from './system-log-path.js';

/** Appends **View Logs** and the usage chart of `appId` to `parent`. */
export function appendAppActivity(parent: HTMLElement, appId: string, client: IntegrakitClient): void {
  const section = document.createElement('section');
  section.className = 'activity';
  section.setAttribute('aria-labelledby', 'activity-heading');
  const heading = document.createElement('h2');
  heading.id = 'activity-heading';
  heading.textContent = 'Activity';
  const viewLogs = document.createElement('a');
  viewLogs.className = 'button-link';
  viewLogs.href = `${SYSTEM_LOG_PATH}?${logViewToParams({ targetId: appId }).toString()}`;
  viewLogs.textContent = 'View Logs';
  const chart = document.createElement('ik-usage-chart');
  chart.appId = appId;
  chart.source = client.logs;
  section.append(heading, viewLogs, chart);
  parent.append(section);
}
