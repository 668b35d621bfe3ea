import * as z from 'zod/mini';
import { addRuleIssue } from '../okta/rule-issue.js';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url without padding'));

/** Members that only private keys carry; a client's registered JWKS must never hold them. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** Coordinate length in bytes for each curve Okta accepts for client keys. */
const CURVE_BYTES = { 'P-256': 32, 'P-384': 48, 'P-521': 66 } as const;

/** Signing algorithms for client keys, per kind of key (Okta: RS256/384/512, ES256/384/512). */
export const RSA_SIGNING_ALGS = ['RS256', 'RS384', 'RS512'] as const;
export const EC_SIGNING_ALGS = ['ES256', 'ES384', 'ES512'] as const;
const CURVE_ALG = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as const;

const common = {
  kid: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  use: z.optional(z.enum(['sig', 'enc'])),
  status: z.optional(z.enum(['ACTIVE', 'INACTIVE'])),
};

const rsaJwk = z.object({
  kty: z.literal('RSA'),
  ...common,
  alg: z.optional(z.enum([...RSA_SIGNING_ALGS, 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512'])),
  n: base64url,
  e: base64url,
});

const ecJwk = z.object({
  kty: z.literal('EC'),
  ...common,
  alg: z.optional(z.enum(EC_SIGNING_ALGS)),
  crv: z.enum(['P-256', 'P-384', 'P-521']),
  x: base64url,
  y: base64url,
});

/**
 * A public JSON Web Key as Okta stores it for a client (`settings.oauthClient.jwks.keys[]`):
 * RSA of at least 2048 bits or EC on P-256/384/521, no private members, `alg` matching the key.
 */
export const publicJwkSchema = z
  .pipe(
    z.looseObject({ kty: z.string() }).check(
      z.superRefine((value, ctx) => {
        for (const member of PRIVATE_MEMBERS) {
          if (member in value) {
            addRuleIssue(ctx, [member], 'private_key_material', 'must not be present: a registered key must be public');
          }
        }
      }),
    ),
    z.discriminatedUnion('kty', [rsaJwk, ecJwk]),
  )
  .check(
    z.superRefine((jwk, ctx) => {
      if (jwk.kty === 'RSA') {
        const bits = modulusBits(jwk.n);
        if (bits < 2048)
          addRuleIssue(ctx, ['n'], 'key_too_small', `must be an RSA modulus of at least 2048 bits (got ${bits})`);
        return;
      }
      const size = CURVE_BYTES[jwk.crv];
      for (const coordinate of ['x', 'y'] as const) {
        if (decodedLength(jwk[coordinate]) !== size) {
          addRuleIssue(ctx, [coordinate], 'invalid_coordinate', `must be ${size} bytes for ${jwk.crv}`);
        }
      }
      if (jwk.alg !== undefined && jwk.alg !== CURVE_ALG[jwk.crv]) {
        addRuleIssue(ctx, ['alg'], 'alg_mismatch', `must be ${CURVE_ALG[jwk.crv]} for curve ${jwk.crv}`);
      }
    }),
  );

/** A public JWK (see {@link publicJwkSchema}). */
export type PublicJwk = z.output<typeof publicJwkSchema>;

/** A JSON Web Key Set of public keys, unique `kid`s, at least one key. */
export const publicJwksSchema = z.object({ keys: z.array(publicJwkSchema).check(z.minLength(1)) }).check(
  z.superRefine((jwks, ctx) => {
    const seen = new Set<string>();
    jwks.keys.forEach((key, index) => {
      if (key.kid === undefined) return;
      if (seen.has(key.kid))
        addRuleIssue(ctx, ['keys', index, 'kid'], 'duplicate_kid', 'must be unique in the key set');
      seen.add(key.kid);
    });
  }),
);

/** A public JWKS (see {@link publicJwksSchema}). */
export type PublicJwks = z.output<typeof publicJwksSchema>;

function decodedLength(value: string): number {
  return Math.floor((value.length * 3) / 4);
}

/** Bit length of a base64url big-endian integer, ignoring leading zero bytes. */
function modulusBits(n: string): number {
  const bytes = atob(
    n
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(n.length / 4) * 4, '='),
  );
  let start = 0;
  while (start < bytes.length && bytes.charCodeAt(start) === 0) start++;
  if (start === bytes.length) return 0;
  return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes.charCodeAt(start)));
}
