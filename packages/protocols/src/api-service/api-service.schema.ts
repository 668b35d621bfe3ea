import * as z from 'zod/mini';
import { publicJwksSchema } from '../jwt/jwk.schema.js';
import { clientIdRule, clientSecretProblem, httpUrl, secretInputSchema } from '../oidc/oidc.schema.js';
import { addRuleIssue, withRule } from '../okta/rule-issue.js';
import { Secret } from '../okta/secret.js';
import { OKTA_SCOPE_NAMES } from './scopes.js';

const secretAuth = z.object({
  /** Admin Console "Client authentication › Client secret" (HTTP Basic or form post). */
  method: z.enum(['client_secret_basic', 'client_secret_post']),
  /** Okta generates one when omitted (shown once in the create response). */
  clientSecret: z.pipe(
    z.optional(secretInputSchema),
    z.transform((value) => (value === undefined ? undefined : Secret.from(value))),
  ),
});

const keyAuth = z.object({
  /** Admin Console "Client authentication › Public key / Private key". */
  method: z.literal('private_key_jwt'),
  /** Public keys saved in Okta. */
  jwks: z.optional(publicJwksSchema),
  /** Or a URL Okta fetches them from. */
  jwksUri: z.optional(httpUrl()),
});

/**
 * An API service integration: an OAuth 2.0 client-credentials app (`application_type: service`)
 * that calls the Okta management API with granted `okta.*` scopes. Single source of truth for
 * {@link ApiServiceConfig}.
 */
export const apiServiceConfigSchema = z
  .object({
    /** Admin Console "App integration name". */
    label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    /** Admin Console "Client ID"; Okta uses the app id when omitted. */
    clientId: z.optional(clientIdRule),
    /** The `okta.*` scopes to grant (Admin Console "Okta API Scopes" tab). */
    scopes: z._default(
      withRule(z.array(z.enum(OKTA_SCOPE_NAMES)), 'duplicate_value', 'must not repeat values', (values) => {
        return new Set(values).size === values.length;
      }),
      [],
    ),
    /** How the service authenticates at the token endpoint. */
    clientAuth: z.discriminatedUnion('method', [secretAuth, keyAuth]),
  })
  .check(
    z.superRefine((config, ctx) => {
      const auth = config.clientAuth;
      if (auth.method === 'private_key_jwt') {
        if (auth.jwks === undefined && auth.jwksUri === undefined) {
          addRuleIssue(ctx, ['clientAuth', 'jwks'], 'jwks_required', 'jwks or jwksUri is required for private_key_jwt');
        }
        if (auth.jwks !== undefined && auth.jwksUri !== undefined) {
          addRuleIssue(ctx, ['clientAuth', 'jwksUri'], 'jwks_conflict', 'must not be set together with jwks');
        }
      } else if (auth.clientSecret !== undefined) {
        const problem = clientSecretProblem(auth.clientSecret, auth.method);
        if (problem) addRuleIssue(ctx, ['clientAuth', 'clientSecret'], problem.code, problem.message);
      }
    }),
  );

/** Input accepted by `define` (the secret may be a plain string). */
export type ApiServiceConfigInput = z.input<typeof apiServiceConfigSchema>;

/** A validated API service integration config. */
export type ApiServiceConfig = z.output<typeof apiServiceConfigSchema>;
