import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type Provider from 'oidc-provider';
import type { errors, KoaContextWithOIDC } from 'oidc-provider';
import type { ServerContext } from '../../context.js';
import type { LogEntity, LogEventInput } from '../../log/log-event.js';
import { userTarget } from '../../log/targets.js';
import type { StoredUser } from '../../store/directory.js';

// Longest error description kept in a log event; provider descriptions are short fixed texts.
const MAX_REASON = 300;

/**
 * Records the provider's outcomes in the System Log as Okta does: `app.oauth2.authorize.code`
 * (or `.implicit`), `app.oauth2.token.grant`, `user.session.end`, each failure with
 * `outcome.result: FAILURE` and the OAuth error as the reason. Only ids and error texts are logged:
 * never a code, token, secret or assertion.
 */
export function recordProviderEvents(
  provider: Provider,
  ctx: ServerContext,
  honoContext: (request: IncomingMessage) => Context | undefined,
  personOf: (koa: KoaContextWithOIDC) => StoredUser | undefined,
): void {
  const record = (koa: KoaContextWithOIDC, input: LogEventInput) => {
    const c = honoContext(koa.req);
    if (c === undefined) return;
    ctx
      .withWrite(async () => ctx.log.record(c, input))
      .catch((error: unknown) => {
        console.error('integrakit sandbox: could not record a System Log event', error);
      });
  };
  const clientTarget = (koa: KoaContextWithOIDC): LogEntity[] => {
    const client = koa.oidc.client;
    const id = client?.clientId ?? String(koa.oidc.params?.client_id ?? 'unknown').slice(0, 100);
    return [{ id, type: 'AppInstance', alternateId: id, displayName: client?.clientName ?? 'unknown client' }];
  };
  const actorOf = (koa: KoaContextWithOIDC): { actor?: LogEntity } => {
    const user = personOf(koa);
    if (user !== undefined) return { actor: userTarget(user) };
    const [client] = clientTarget(koa);
    return client === undefined ? {} : { actor: { ...client, type: 'PublicClientApp' } };
  };
  const failure = (error: errors.OIDCProviderError) => ({
    result: 'FAILURE' as const,
    reason: `${error.error}: ${error.error_description ?? ''}`.slice(0, MAX_REASON),
  });
  const authorizeType = (koa: KoaContextWithOIDC) =>
    String(koa.oidc.params?.response_type ?? 'code')
      .split(' ')
      .includes('code')
      ? 'app.oauth2.authorize.code'
      : 'app.oauth2.authorize.implicit';

  provider.on('authorization.success', (koa) => {
    record(koa, {
      eventType: authorizeType(koa),
      displayMessage: 'OAuth2 authorization request',
      target: clientTarget(koa),
      ...actorOf(koa),
    });
  });
  provider.on('authorization.error', (koa, error) => {
    record(koa, {
      eventType: authorizeType(koa),
      displayMessage: 'OAuth2 authorization request',
      target: clientTarget(koa),
      severity: 'WARN',
      outcome: failure(error),
      ...actorOf(koa),
    });
  });
  provider.on('grant.success', (koa) => {
    record(koa, {
      eventType: 'app.oauth2.token.grant',
      displayMessage: `OAuth2 token grant (${String(koa.oidc.params?.grant_type ?? 'unknown').slice(0, 60)})`,
      target: clientTarget(koa),
      ...actorOf(koa),
    });
  });
  provider.on('grant.error', (koa, error) => {
    record(koa, {
      eventType: 'app.oauth2.token.grant',
      displayMessage: `OAuth2 token grant (${String(koa.oidc.params?.grant_type ?? 'unknown').slice(0, 60)})`,
      target: clientTarget(koa),
      severity: 'WARN',
      outcome: failure(error),
      ...actorOf(koa),
    });
  });
  provider.on('end_session.success', (koa) => {
    record(koa, {
      eventType: 'user.session.end',
      displayMessage: 'User logout from Okta',
      target: [],
      ...actorOf(koa),
    });
  });
}
