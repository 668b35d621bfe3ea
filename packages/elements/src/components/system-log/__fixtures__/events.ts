import type { LogEvent } from '@integrakit/core/client';
import { pollPages } from '@integrakit/core/logs';
import { payloads } from '../../catalog/__fixtures__/hostile.js';
import type { LogSource } from '../log-feed.js';

const person = { id: '00u1ada', type: 'User', alternateId: 'ada@example.com', displayName: 'Ada Lovelace' };
const admin = { id: '00uintegrakitadmin', type: 'User', alternateId: 'admin', displayName: 'Administrator' };
const wiki = { id: '0oa1wiki', type: 'AppInstance', alternateId: 'Team wiki', displayName: 'Team wiki' };

/** One event in Okta's shape, `minutesAgo` before `now`. */
function event(
  index: number,
  minutesAgo: number,
  fields: Pick<LogEvent, 'eventType' | 'displayMessage'> & Partial<LogEvent>,
  now: number,
): LogEvent {
  return {
    uuid: `event-${index}`,
    published: new Date(now - minutesAgo * 60_000).toISOString(),
    version: '0',
    severity: 'INFO',
    actor: admin,
    client: { ipAddress: '203.0.113.7', userAgent: { rawUserAgent: 'Mozilla/5.0' }, zone: 'null' },
    outcome: { result: 'SUCCESS' },
    target: [wiki],
    transaction: { type: 'WEB', id: `req-${index}` },
    debugContext: { debugData: { requestId: `req-${index}`, requestUri: '/api/v1/apps' } },
    authenticationContext: { authenticationStep: 0 },
    ...fields,
  };
}

/** A morning in an org: a sign-in, a failed one, an assignment and the app's creation, newest first. */
export function sampleEvents(now = Date.now()): LogEvent[] {
  return [
    event(
      1,
      2,
      { eventType: 'user.authentication.sso', displayMessage: 'User single sign on to app', actor: person },
      now,
    ),
    event(
      2,
      5,
      {
        eventType: 'user.authentication.sso',
        displayMessage: 'User single sign on to app',
        actor: person,
        severity: 'WARN',
        outcome: { result: 'FAILURE', reason: 'User is not assigned to the app' },
      },
      now,
    ),
    event(
      3,
      30,
      {
        eventType: 'application.user_membership.add',
        displayMessage: 'Add user to application membership',
        target: [wiki, { ...person, type: 'AppUser' }],
      },
      now,
    ),
    event(4, 45, { eventType: 'application.lifecycle.create', displayMessage: 'Create application' }, now),
  ];
}

/** Events with a markup payload in every field the element shows. */
export function hostileEvents(now = Date.now()): LogEvent[] {
  return payloads.map((payload, index) =>
    event(
      100 + index,
      index,
      {
        uuid: `"><img src=x onerror=alert(${index})> ${index}`,
        eventType: `user.${payload}`,
        displayMessage: `Message ${payload}`,
        published: payload,
        actor: { ...person, displayName: `Actor ${payload}` },
        outcome: { result: payload, reason: `Reason ${payload}` },
        target: [{ id: payload, type: payload, alternateId: payload, displayName: `Target ${payload}` }],
        client: { ipAddress: payload, userAgent: { rawUserAgent: payload }, zone: 'null' },
      },
      now,
    ),
  );
}

/** A source serving `events` as one page newest first, whose polls find nothing new. */
export function memorySource(events: readonly LogEvent[]): LogSource {
  return {
    page: async () => ({ items: [...events] }),
    poll: (options = {}) =>
      pollPages(
        async () => ({ items: [], next: 'poll' }),
        async () => ({ items: [], next: 'poll' }),
        options,
      ),
  };
}

/** A source whose first page never arrives (the loading state). */
export const pendingSource = (): LogSource => ({
  page: () => new Promise(() => {}),
  poll: memorySource([]).poll,
});

/** A source whose every request fails (the error state). */
export const failingSource = (): LogSource => ({
  page: async () => {
    throw new TypeError('Failed to fetch');
  },
  poll: memorySource([]).poll,
});

/** A source with events whose polls keep failing (the retrying state). */
export const retryingSource = (events: readonly LogEvent[]): LogSource => ({
  page: memorySource(events).page,
  poll: (options = {}) =>
    pollPages(
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => {
        throw new TypeError('Failed to fetch');
      },
      options,
    ),
});
