import type { Integration } from '@integrakit/core';
import { type ApiServiceConfig, toOidcConfig } from '@integrakit/protocols/api-service';
import { type OidcConfig, toClientMetadata } from '@integrakit/protocols/oidc';
import type { AdapterPayload } from 'oidc-provider';
import type { ServerContext } from '../../context.js';

/** Grant types the sandbox's provider serves; others an app lists are left out of its client. */
export const SERVED_GRANTS = ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'] as const;

/** Okta settings the provider needs beyond RFC 7591, as client metadata (`extraClientMetadata`). */
export const EXTRA_CLIENT_METADATA = ['okta_app_id', 'okta_pkce_required', 'okta_scope_grants', 'wildcard_redirect'];

/** The app's OAuth client config: its OIDC config, or the OIDC service app an API service integration is. */
export function oidcConfigOf(integration: Integration): OidcConfig | undefined {
  const { protocol, config } = integration.signOn;
  if (protocol === 'oidc') return config as unknown as OidcConfig;
  if (protocol === 'api-service') return toOidcConfig(config as unknown as ApiServiceConfig);
  return undefined;
}

/** The OAuth client id of an app: its configured one, else (as Okta) the app id. */
export const clientIdOf = (integration: Integration, config: OidcConfig) => config.clientId ?? integration.id;

/**
 * Finds the ACTIVE OIDC or API service app with `clientId` in the store, on every call (so edits and
 * deactivation apply to the next request), as oidc-provider client metadata.
 */
export function createClientSource(ctx: ServerContext) {
  const findApp = async (clientId: string) => {
    for (const protocol of ['oidc', 'api-service'] as const) {
      let after: string | undefined;
      do {
        const page = await ctx.store.list({
          filter: { status: 'ACTIVE', protocol },
          limit: 200,
          ...(after === undefined ? {} : { after }),
        });
        for (const integration of page.items) {
          const config = oidcConfigOf(integration);
          if (config !== undefined && clientIdOf(integration, config) === clientId) return { integration, config };
        }
        after = page.nextCursor;
      } while (after !== undefined);
    }
    return undefined;
  };

  return {
    findApp,
    async client(clientId: string): Promise<AdapterPayload | undefined> {
      const found = await findApp(clientId);
      if (found === undefined) return undefined;
      const { integration, config } = found;
      const meta = toClientMetadata(config);
      const service = config.applicationType === 'service';
      // oidc-provider validates this metadata itself (its types narrow strings it checks at run time).
      return {
        ...meta,
        client_id: clientIdOf(integration, config),
        grant_types: meta.grant_types.filter((grant) => (SERVED_GRANTS as readonly string[]).includes(grant)),
        redirect_uris: service ? [] : meta.redirect_uris,
        okta_app_id: integration.id,
        okta_pkce_required: config.pkceRequired,
        okta_scope_grants: ctx.directory
          .grants(integration.id)
          .map((grant) => grant.scopeId)
          .join(' '),
        wildcard_redirect: config.wildcardRedirect ?? 'DISABLED',
      } as AdapterPayload;
    },
  };
}

/** The sandbox's OAuth client lookup. */
export type ClientSource = ReturnType<typeof createClientSource>;
