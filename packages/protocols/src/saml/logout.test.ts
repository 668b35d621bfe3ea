import { SAML } from '@node-saml/node-saml';
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { validateAgainstXsd } from '../xml/__fixtures__/xsd.js';
import { idpIdentity, spConfig } from './__fixtures__/config.js';
import { buildLogoutResponse } from './logout.js';
import { readSamlRequest } from './request.js';

const idp = idpIdentity();
const config = spConfig();
const key = { privateKey: idp.privateKeyPem, certificate: idp.pem };
const input = {
  issuer: idp.entityId,
  destination: 'https://wiki.example.test/saml/logout',
  inResponseTo: '_logout1',
};

describe('buildLogoutResponse', () => {
  it('is schema-valid, signed, and accepted by @node-saml/node-saml as a logout response', async () => {
    const xml = await buildLogoutResponse(input, key, config);
    expect(await validateAgainstXsd(xml, 'saml-schema-protocol-2.0.xsd')).toEqual({ valid: true, errors: [] });
    const read = await readSamlRequest(xml, { certificate: idp.pem });
    expect(read.kind === 'LogoutResponse' && [read.inResponseTo, read.statusCode, read.signature?.valid]).toEqual([
      '_logout1',
      'urn:oasis:names:tc:SAML:2.0:status:Success',
      true,
    ]);
    const sp = new SAML({
      callbackUrl: config.ssoUrl,
      issuer: config.audience,
      idpIssuer: idp.entityId,
      idpCert: idp.base64,
      logoutCallbackUrl: input.destination,
    });
    const result = await sp.validatePostResponseAsync({ SAMLResponse: Buffer.from(xml).toString('base64') });
    expect(result.loggedOut).toBe(true);
    const tampered = xml.replace('_logout1', '_logout2');
    await expect(
      sp.validatePostResponseAsync({ SAMLResponse: Buffer.from(tampered).toString('base64') }),
    ).rejects.toThrow(/signature/i);
  });

  it('refuses a destination that is not an absolute http(s) URL', async () => {
    const error = await buildLogoutResponse({ ...input, destination: 'javascript:alert(1)' }, key, config).catch(
      (e: unknown) => e,
    );
    expect(isConfigValidationError(error) && error.issues[0]?.path).toEqual(['destination']);
  });
});
