import type { Integration } from '@integrakit/core';
import { appEtag } from '../apps/app-json.js';
import { OktaHttpError } from '../errors.js';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `credentials.signing.kid` of a `PUT /apps/{appId}` body: the key to activate, as Okta reads it. */
export function signingKid(body: unknown): string | undefined {
  const kid = record(record(record(body).credentials).signing).kid;
  if (kid === undefined) return undefined;
  if (typeof kid !== 'string' || kid === '' || kid.length > 200) {
    throw new OktaHttpError(400, 'E0000001', 'Api validation failed', ['credentials.signing.kid: must be a key id']);
  }
  return kid;
}

/**
 * Refuses a write based on a stale read, so two admins editing one app cannot silently overwrite
 * each other: `If-Match` must name the current ETag (412 otherwise, RFC 9110), and a `lastUpdated`
 * sent back in the body must be the stored one (409 otherwise). Okta itself ignores both; a client
 * that sends neither keeps Okta's last-write-wins.
 */
export function checkFresh(
  current: Integration,
  request: { readonly ifMatch: string | undefined; readonly body: unknown },
): void {
  const etag = appEtag(current);
  const { ifMatch } = request;
  if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.split(',').some((tag) => tag.trim() === etag)) {
    throw stale(412, `If-Match: the app changed since it was read (its ETag is now ${etag})`);
  }
  const sent = record(request.body).lastUpdated;
  if (sent !== undefined && (typeof sent !== 'string' || Date.parse(sent) !== Date.parse(current.lastUpdated))) {
    throw stale(409, `lastUpdated: the app changed since it was read (it was last updated at ${current.lastUpdated})`);
  }
}

function stale(status: number, cause: string): OktaHttpError {
  return new OktaHttpError(
    status,
    'E0000001',
    'Api validation failed: another change to this app was saved first; reload it and apply your change again',
    [cause],
  );
}
