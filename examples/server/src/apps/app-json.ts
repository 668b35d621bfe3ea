import { createHash } from 'node:crypto';
import type { Integration } from '@integrakit/core';
import type { Context } from 'hono';
import { baseUrl, type ServerContext } from '../context.js';
import { toOktaApp } from './mapping.js';

/** Sign-on modes whose apps get a signing key credential at creation (Okta's key rotation modes). */
export const SIGNING_PROTOCOLS: ReadonlySet<Integration['signOn']['protocol']> = new Set(['saml', 'wsfed', 'oidc']);

/**
 * The app as Okta returns it, with `credentials.signing` (the active key's kid) and, for SAML apps,
 * `_links.metadata`.
 */
export function appJson(ctx: ServerContext, c: Context, integration: Integration): Record<string, unknown> {
  const base = baseUrl(c);
  const body = toOktaApp(integration, base);
  const active = ctx.keys.active(integration.id);
  const credentials = (body.credentials ?? {}) as Record<string, unknown>;
  const links = body._links as Record<string, unknown>;
  return {
    ...body,
    ...(active === undefined
      ? {}
      : { credentials: { ...credentials, signing: { kid: active.kid, use: 'sig', lastRotated: active.lastUpdated } } }),
    _links:
      integration.signOn.protocol === 'saml'
        ? {
            ...links,
            metadata: { href: `${base}/api/v1/apps/${integration.id}/sso/saml/metadata`, type: 'application/xml' },
          }
        : links,
  };
}

/**
 * A strong validator of the stored app: any write changes it, so `If-Match` catches a write that
 * happened in between, even within the same millisecond.
 */
export function appEtag(integration: Integration): string {
  return `"${createHash('sha256').update(JSON.stringify(integration)).digest('base64url').slice(0, 27)}"`;
}
