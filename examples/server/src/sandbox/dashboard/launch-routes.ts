import type { Integration } from '@integrakit/core';
import { Hono } from 'hono';
import { appJson } from '../../apps/app-json.js';
import { baseUrl, type ServerContext } from '../../context.js';
import { linkId } from '../../routes/app-links.js';
import type { Sandbox } from '../index.js';
import { recordSso } from '../saml/sso-log.js';

/**
 * Where a bookmark, SWA or OIDC app's launch goes: the bookmark URL, the SWA login page, or the OIDC
 * initiate-login URI with `iss` (OpenID Connect Core §4, third-party initiated login). `undefined`
 * for other apps and for OIDC apps that only the app itself may start (no initiate-login URI).
 */
export function launchTarget(integration: Integration, issuer: string): string | undefined {
  const config = integration.signOn.config as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  switch (integration.signOn.protocol) {
    case 'bookmark':
      return text(config.url);
    case 'swa':
      return text(config.loginUrl);
    case 'oidc': {
      const initiate = text(config.initiateLoginUri);
      const mode = (config.idpInitiatedLogin as { mode?: unknown } | undefined)?.mode;
      if (initiate === undefined || mode === 'DISABLED') return undefined;
      const url = new URL(initiate);
      url.searchParams.set('iss', issuer);
      return url.href;
    }
    default:
      return undefined;
  }
}

/**
 * The dashboard launch URL (`/home/{appName}/{appId}/{linkId}`) of bookmark, SWA and OIDC apps, after
 * SAML and WS-Fed had their turn: the signed-in, assigned person is sent on to {@link launchTarget},
 * recorded as Okta's `user.authentication.sso`. The sandbox fills in no SWA credentials (Okta's
 * browser plugin does that); it opens the app's login page.
 */
export function otherLaunchRoutes(ctx: ServerContext, sandbox: Sandbox): Hono {
  const routes = new Hono();
  routes.get('/home/:appName/:appId/:linkId', async (c, next) => {
    const { appName, appId } = c.req.param();
    if (linkId(appId) !== c.req.param('linkId')) return next();
    let integration: Integration;
    try {
      integration = await ctx.store.get(appId);
    } catch {
      return next();
    }
    const target = launchTarget(integration, baseUrl(c));
    if (
      integration.status !== 'ACTIVE' ||
      target === undefined ||
      String(appJson(ctx, c, integration).name) !== appName
    )
      return next();
    const answer = sandbox.requireSignIn(c, new URL(c.req.url).pathname);
    if (answer instanceof Response) return answer;
    if (!(await sandbox.isAssigned(appId, answer.user.id))) return sandbox.notAssigned(c, integration, answer.user);
    await recordSso(ctx, c, integration, answer.user);
    return c.redirect(target, 302);
  });
  return routes;
}
