import { createLocalJWKSet, type JWK, jwtVerify } from 'jose';
import type { BearerPrincipal } from '../../security.js';
import type { ClientSource } from './clients.js';
import type { ProviderSecrets } from './secrets.js';

/**
 * Verifies an access token the sandbox issued for the management API: an RS256 `at+jwt` signed by
 * the provider's key, for this issuer and audience, unexpired; and its client still an ACTIVE app.
 * The scopes honoured are those the token carries that the app is still granted, so revoking a
 * grant applies to tokens already issued.
 */
export function createBearerVerifier(secrets: ProviderSecrets, clients: ClientSource) {
  const keys = createLocalJWKSet({
    // The public half only: a JWK set built from private keys would hold them for no reason.
    keys: secrets.signingKeys.map(({ kty, kid, alg, use, n, e }) => ({ kty, kid, alg, use, n, e }) as JWK),
  });
  return async (issuer: string, token: string): Promise<BearerPrincipal | undefined> => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience: issuer,
        algorithms: ['RS256'],
        typ: 'at+jwt',
      });
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
      const client = clientId === undefined ? undefined : await clients.client(clientId);
      if (clientId === undefined || client === undefined) return undefined;
      const granted = new Set(String(client.okta_scope_grants ?? '').split(' '));
      const carried = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
      return { clientId, scopes: carried.filter((scope) => granted.has(scope)) };
    } catch {
      return undefined; // malformed, forged, expired or foreign: not a credential
    }
  };
}
