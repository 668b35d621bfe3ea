import type { Context } from 'hono';
import type { ServerContext } from '../../context.js';
import type { LogEntity } from '../../log/log-event.js';
import { appTarget, userTarget } from '../../log/targets.js';
import type { StoredUser } from '../../store/directory.js';

const ANONYMOUS: LogEntity = { id: 'unknown', type: 'User', alternateId: 'unknown', displayName: 'unknown' };

/**
 * Records Okta's `user.authentication.sso` for a SAML or WS-Fed sign-in: the app and the person as
 * targets, and on failure `outcome.result: FAILURE` with the reason (never the request's content).
 * A sign-in changes nothing in the store, so its event is queued and written with others (see
 * `createEventQueue`); only when that queue is full does the request write it in its own transaction.
 * `answer` is the page the handler returns, when it is built already (it carries the request id).
 */
export async function recordSso(
  ctx: ServerContext,
  c: Context,
  app: { readonly id: string; readonly label: string },
  person: StoredUser | undefined,
  failure?: string,
  answer?: Response,
): Promise<void> {
  const input = {
    eventType: 'user.authentication.sso',
    displayMessage: 'User single sign on to app',
    actor: person === undefined ? ANONYMOUS : userTarget(person),
    target: [appTarget(app), ...(person === undefined ? [] : [userTarget(person)])],
    ...(failure === undefined
      ? {}
      : { severity: 'WARN' as const, outcome: { result: 'FAILURE' as const, reason: failure.slice(0, 512) } }),
  };
  if (!ctx.log.recordUnchanged(c, input, answer)) await ctx.withWrite(async () => ctx.log.record(c, input));
}
