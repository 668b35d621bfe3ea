import { describe, expect, it } from 'vitest';
import { idpIdentity, spConfig } from './__fixtures__/config.js';
import { buildUnsignedResponse, checkSigningKey, signResponse } from './response.js';

const idp = idpIdentity();
const key = { privateKey: idp.privateKeyPem, certificate: idp.pem };
const config = spConfig();
const unsigned = buildUnsignedResponse(config, { nameId: 'ada@example.com' }, config.idpIssuer);

describe('checkSigningKey', () => {
  it('gives a key that signs exactly as the unchecked key does', async () => {
    const checked = checkSigningKey(key);
    expect(await signResponse(unsigned, config, checked)).toBe(await signResponse(unsigned, config, key));
  });

  it('is frozen, so what was checked is what signs', () => {
    const checked = checkSigningKey(key);
    expect(() => Object.assign(checked, { certificate: 'not a certificate' })).toThrow(TypeError);
  });

  it('still checks a key it did not give, even with the same fields as a checked one', async () => {
    checkSigningKey(key);
    // An empty issuer would sign (the certificate and key are fine); the key's schema refuses it.
    await expect(signResponse(unsigned, config, { ...key, issuer: '' })).rejects.toThrow('issuer');
    expect(() => checkSigningKey({ ...key, issuer: '' })).toThrow('issuer');
  });
});
