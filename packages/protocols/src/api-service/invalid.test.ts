import { describe, expect, it } from 'vitest';
import type { ApiServiceConfigInput } from './api-service.schema.js';
import { safeDefine } from './define.js';

const jwks = {
  keys: [
    {
      kty: 'EC',
      crv: 'P-256',
      kid: 'k',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    },
  ],
};
const base = { label: 'Sync', scopes: ['okta.users.read'], clientAuth: { method: 'private_key_jwt', jwks } };

const cases: [name: string, input: unknown, path: (string | number)[], code: string][] = [
  ['empty label', { ...base, label: ' ' }, ['label'], 'too_small'],
  ['unknown scope', { ...base, scopes: ['okta.everything.manage'] }, ['scopes', 0], 'invalid_value'],
  ['duplicate scope', { ...base, scopes: ['okta.users.read', 'okta.users.read'] }, ['scopes'], 'duplicate_value'],
  ['no scopes (policy)', { ...base, scopes: [] }, ['scopes'], 'scopes_required'],
  ['unknown auth method', { ...base, clientAuth: { method: 'none' } }, ['clientAuth', 'method'], 'invalid_union'],
  [
    'key auth without keys',
    { ...base, clientAuth: { method: 'private_key_jwt' } },
    ['clientAuth', 'jwks'],
    'jwks_required',
  ],
  [
    'keys and key URL',
    { ...base, clientAuth: { method: 'private_key_jwt', jwks, jwksUri: 'https://k.example.com/jwks' } },
    ['clientAuth', 'jwksUri'],
    'jwks_conflict',
  ],
  [
    'key URL over http (policy)',
    { ...base, clientAuth: { method: 'private_key_jwt', jwksUri: 'http://k.example.com/jwks' } },
    ['clientAuth', 'jwksUri'],
    'https_required',
  ],
  [
    'private key material',
    { ...base, clientAuth: { method: 'private_key_jwt', jwks: { keys: [{ ...jwks.keys[0], d: 'x' }] } } },
    ['clientAuth', 'jwks', 'keys', 0, 'd'],
    'private_key_material',
  ],
  [
    'short secret',
    { ...base, scopes: [], clientAuth: { method: 'client_secret_basic', clientSecret: 'short' } },
    ['clientAuth', 'clientSecret'],
    'invalid_secret',
  ],
  [
    'secret with okta scopes (policy)',
    { ...base, clientAuth: { method: 'client_secret_post' } },
    ['clientAuth', 'method'],
    'private_key_jwt_required',
  ],
  ['reserved client id', { ...base, clientId: 'ALL_CLIENTS' }, ['clientId'], 'reserved_client_id'],
];

describe('apiService.define refuses bad input, naming field and rule', () => {
  it.each(cases)('%s', (_name, input, path, code) => {
    const result = safeDefine(input as ApiServiceConfigInput);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toContainEqual(expect.objectContaining({ path, code }));
  });
});
