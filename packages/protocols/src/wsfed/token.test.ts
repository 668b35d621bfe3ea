import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { validateAgainstXsd } from '../xml/__fixtures__/xsd.js';
import { NS } from '../xml/dom.js';
import { wsfedInput } from './__fixtures__/config.js';
import { define } from './define.js';
import { buildSignInResponse } from './token.js';

const idp = makeCertificate({ cn: 'okta-wsfed.integrakit.test', slot: 1 });
const config = define(wsfedInput);

describe('wsfed.buildSignInResponse', () => {
  it('carries a schema-valid SAML assertion whose signature verifies inside the RSTR', async () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    const wresult = await buildSignInResponse(
      config,
      { nameId: 'alice@example.test', attributes: { role: 'ENG' } },
      { privateKey: idp.privateKeyPem, certificate: idp.pem },
      { issuer: 'http://www.okta.com/exk1wsfed', realm: 'urn:expense:portal', now },
    );
    const document = new DOMParser().parseFromString(wresult, 'text/xml');
    const assertion = document.getElementsByTagNameNS(NS.saml, 'Assertion').item(0);
    expect(assertion).not.toBeNull();
    const signature = assertion?.getElementsByTagNameNS(NS.ds, 'Signature').item(0);
    const verifier = new SignedXml({ publicCert: idp.pem });
    verifier.loadSignature(signature as never);
    expect(verifier.checkSignature(wresult)).toBe(true);
    expect(wresult).toContain('<wsa:Address>urn:expense:portal</wsa:Address>');
    expect(wresult).toContain('<wsu:Expires xmlns:wsu');
    expect(assertion?.getElementsByTagNameNS(NS.saml, 'Audience').item(0)?.textContent).toBe('urn:expense:portal');
    expect(
      assertion?.getElementsByTagNameNS(NS.saml, 'SubjectConfirmationData').item(0)?.getAttribute('Recipient'),
    ).toBe(config.replyUrl);
    const token = wresult.slice(wresult.indexOf('<saml:Assertion'), wresult.indexOf('</wst:RequestedSecurityToken>'));
    expect(await validateAgainstXsd(token, 'saml-schema-protocol-2.0.xsd')).toEqual({ valid: true, errors: [] });
    const tampered = wresult.replace('alice@example.test', 'mallory@example.test');
    const again = new SignedXml({ publicCert: idp.pem });
    again.loadSignature(signature as never);
    expect(again.checkSignature(tampered)).toBe(false);
  });
});
