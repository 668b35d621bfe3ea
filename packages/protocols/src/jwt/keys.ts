import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type KeyObject,
  SignJWT,
} from 'jose';
import { ConfigValidationError } from '../errors.js';
import type { PublicJwk, PublicJwks } from './jwk.schema.js';

/** Algorithms for client key pairs: RSA (2048-bit) or EC P-256. */
export type ClientKeyAlg = 'RS256' | 'ES256';

/** A generated client key pair and what to register with Okta. */
export interface ClientKeyPair {
  readonly alg: ClientKeyAlg;
  /** RFC 7638 thumbprint of the public key, used as `kid`. */
  readonly kid: string;
  /** Keep this private; non-extractable unless `extractable` was asked for. */
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public key as a JWK with `kid`, `alg` and `use: 'sig'`. */
  readonly publicJwk: PublicJwk;
  /** `{ keys: [publicJwk] }`, ready for the app's `jwks`. */
  readonly jwks: PublicJwks;
}

/**
 * Generates a key pair for `private_key_jwt` client authentication and its public JWKS.
 * @example
 * const pair = await generateClientKeyPair({ alg: 'ES256' });
 * apiService.define({ ..., clientAuth: { method: 'private_key_jwt', jwks: pair.jwks } });
 */
export async function generateClientKeyPair(
  options: {
    /** @default 'RS256' */
    alg?: ClientKeyAlg;
    /** Allow exporting the private key (to store it). @default false */
    extractable?: boolean;
  } = {},
): Promise<ClientKeyPair> {
  const alg = options.alg ?? 'RS256';
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: options.extractable ?? false,
    ...(alg === 'RS256' ? { modulusLength: 2048 } : {}),
  });
  // The public half must always be exportable; generateKeyPair makes public keys extractable.
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk = { ...jwk, kid, alg, use: 'sig' } as PublicJwk;
  return { alg, kid, privateKey, publicKey, publicJwk, jwks: { keys: [publicJwk] } };
}

/** Options of {@link signClientAssertion}. */
export interface ClientAssertionOptions {
  /** The client id: both `iss` and `sub` of the assertion. */
  readonly clientId: string;
  /** The token endpoint URL (Okta: `https://{domain}/oauth2/v1/token`), used as `aud`. */
  readonly audience: string;
  /** The private key: a CryptoKey, a Node KeyObject, or a private JWK. */
  readonly privateKey: CryptoKey | KeyObject | JWK;
  /** @default 'RS256' */
  readonly alg?: ClientKeyAlg | 'RS384' | 'RS512' | 'ES384' | 'ES512';
  /** Key id to put in the header (Okta picks the key by `kid`). */
  readonly kid?: string;
  /**
   * Lifetime in seconds; Okta refuses more than one hour.
   * @default 300
   */
  readonly expiresInSeconds?: number;
}

/**
 * Signs a client assertion (RFC 7523) for `private_key_jwt` at the token endpoint: `iss` = `sub` =
 * client id, `aud` = token endpoint, a fresh `jti`, `iat` and a short `exp`.
 */
export async function signClientAssertion(options: ClientAssertionOptions): Promise<string> {
  const lifetime = options.expiresInSeconds ?? 300;
  if (!(lifetime > 0 && lifetime <= 3600)) {
    throw new ConfigValidationError([
      { path: ['expiresInSeconds'], code: 'too_big', message: 'must be within 1–3600' },
    ]);
  }
  const alg = options.alg ?? 'RS256';
  const key = isJwk(options.privateKey) ? await importJWK(options.privateKey, alg) : options.privateKey;
  return new SignJWT({})
    .setProtectedHeader({ alg, typ: 'JWT', ...(options.kid === undefined ? {} : { kid: options.kid }) })
    .setIssuer(options.clientId)
    .setSubject(options.clientId)
    .setAudience(options.audience)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${lifetime}s`)
    .sign(key);
}

function isJwk(key: unknown): key is JWK {
  return typeof key === 'object' && key !== null && 'kty' in key;
}
