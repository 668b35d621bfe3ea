import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { ConfigValidationError } from '../errors.js';
import { define as defineOidc } from '../oidc/define.js';
import type { OidcConfig } from '../oidc/oidc.schema.js';
import { type OktaOidcApp, fromOktaApp as oidcFromOktaApp, toOktaApp as oidcToOktaApp } from '../oidc/okta.js';
import type { ApiServiceConfig } from './api-service.schema.js';
import { apiServiceConfigSchema } from './api-service.schema.js';
import { OKTA_SCOPE_NAMES } from './scopes.js';

/** The OIDC service app an API service integration is, in Okta's model. */
export function toOidcConfig(config: ApiServiceConfig): OidcConfig {
  const auth = config.clientAuth;
  return defineOidc(
    {
      label: config.label,
      applicationType: 'service',
      grantTypes: ['client_credentials'],
      tokenEndpointAuthMethod: auth.method,
      ...(config.clientId === undefined ? {} : { clientId: config.clientId }),
      ...(auth.method === 'private_key_jwt'
        ? {
            ...(auth.jwks === undefined ? {} : { jwks: auth.jwks }),
            ...(auth.jwksUri === undefined ? {} : { jwksUri: auth.jwksUri }),
          }
        : auth.clientSecret === undefined
          ? {}
          : { clientSecret: auth.clientSecret }),
    },
    { policy: 'okta' },
  );
}

/**
 * The `POST /api/v1/apps` body: an OIDC app with `application_type: service` and the
 * client_credentials grant. Scopes are granted separately, with {@link toGrantRequests}.
 */
export function toOktaApp(config: ApiServiceConfig): OktaOidcApp {
  return oidcToOktaApp(toOidcConfig(config));
}

/** A scope grant as Okta returns it from `GET /api/v1/apps/{appId}/grants` (`OAuth2ScopeConsentGrant`). */
export interface OktaScopeGrant {
  issuer: string;
  scopeId: string;
  status?: 'ACTIVE' | 'REVOKED';
  [key: string]: unknown;
}

/**
 * The `POST /api/v1/apps/{appId}/grants` bodies that grant the config's scopes; `issuer` is the org
 * URL (`https://{yourOktaDomain}`).
 */
export function toGrantRequests(
  config: Pick<ApiServiceConfig, 'scopes'>,
  options: { issuer: string },
): OktaScopeGrant[] {
  return config.scopes.map((scopeId) => ({ issuer: options.issuer, scopeId }));
}

const grantsSchema = z.array(
  z.looseObject({ issuer: z.string(), scopeId: z.string(), status: z.optional(z.enum(['ACTIVE', 'REVOKED'])) }),
);

/**
 * Reads an existing service app and its grants back into a config. `grants` is the app's
 * `GET /api/v1/apps/{appId}/grants` list; revoked grants are ignored. Refuses apps that are not
 * client-credentials service apps, and scopes this version does not know.
 */
export function fromOktaApp(body: unknown, grants: unknown = []): ApiServiceConfig {
  const oidc = oidcFromOktaApp(body);
  if (oidc.applicationType !== 'service' || oidc.grantTypes.join() !== 'client_credentials') {
    const path = ['settings', 'oauthClient', 'application_type'];
    throw new ConfigValidationError([
      {
        path,
        code: 'not_api_service',
        message: 'must be a service app with only the client_credentials grant',
      },
    ]);
  }
  const active = parseOrThrow(grantsSchema, grants).filter((grant) => grant.status !== 'REVOKED');
  active.forEach((grant, index) => {
    if (!(OKTA_SCOPE_NAMES as readonly string[]).includes(grant.scopeId)) {
      const path = ['grants', index, 'scopeId'];
      throw new ConfigValidationError([{ path, code: 'invalid_value', message: 'unknown Okta scope' }]);
    }
  });
  const method = oidc.tokenEndpointAuthMethod;
  const clientAuth =
    method === 'private_key_jwt'
      ? {
          method,
          ...(oidc.jwks === undefined ? {} : { jwks: oidc.jwks }),
          ...(oidc.jwksUri === undefined ? {} : { jwksUri: oidc.jwksUri }),
        }
      : { method, ...(oidc.clientSecret === undefined ? {} : { clientSecret: oidc.clientSecret }) };
  return parseOrThrow(apiServiceConfigSchema, {
    label: oidc.label,
    ...(oidc.clientId === undefined ? {} : { clientId: oidc.clientId }),
    scopes: active.map((grant) => grant.scopeId),
    clientAuth,
  });
}
