import { SAML } from '@node-saml/node-saml';
import { beforeAll, describe, expect, it } from 'vitest';
import { idpIdentity, spConfig, spInput } from './__fixtures__/config.js';
import { wrapAssertion } from './__fixtures__/xsw.js';
import { define } from './define.js';
import { inspectResponse } from './inspect.js';
import { buildResponse } from './response.js';
import type { SamlConfig } from './saml.schema.js';

// @node-saml/node-saml is the strict SP: it takes the certificate and URLs (not metadata) and, by
// default, wants both the response and the assertion signed.
function nodeSaml(config: SamlConfig, cert: string, overrides: Record<string, unknown> = {}) {
  return new SAML({
    callbackUrl: config.ssoUrl,
    issuer: config.audience,
    audience: config.audience,
    idpIssuer: config.idpIssuer,
    idpCert: cert,
    entryPoint: 'https://integrakit.okta.test/sso',
    wantAuthnResponseSigned: config.responseSigned,
    wantAssertionsSigned: config.assertionSigned,
    acceptedClockSkewMs: 0,
    ...overrides,
  });
}

const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('buildResponse accepted by @node-saml/node-saml, refusals flagged by inspectResponse', () => {
  const idp = idpIdentity();
  const config = spConfig();
  const key = { privateKey: idp.privateKeyPem, certificate: idp.pem };
  let good: string;

  beforeAll(async () => {
    good = await buildResponse(
      config,
      {
        nameId: 'alice@example.test',
        attributes: { email: 'alice@example.test', groups: ['wiki-admins', 'wiki-users'] },
      },
      key,
    );
  });

  it('is accepted with both signatures, and the inspector finds no problem', async () => {
    const { profile } = await nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(good) });
    expect(profile?.nameID).toBe('alice@example.test');
    expect(profile?.nameIDFormat).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    expect(profile?.groups).toEqual(['wiki-admins', 'wiki-users']);
    const report = await inspectResponse(b64(good), config, { idpCertificate: idp.pem });
    expect(report.problems).toEqual([]);
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([
      ['response', true],
      ['assertion', true],
    ]);
    expect(report.assertion?.attributes.groups).toEqual(['wiki-admins', 'wiki-users']);
  });

  it.each([[{ responseSigned: false, assertionSigned: true }], [{ responseSigned: true, assertionSigned: false }]])(
    'signs only what the config asks for: %j',
    async (signing) => {
      const partial = spConfig(signing);
      const xml = await buildResponse(partial, { nameId: 'bob@example.test' }, key);
      const { profile } = await nodeSaml(partial, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) });
      expect(profile?.nameID).toBe('bob@example.test');
      // The strict default (both signed) refuses it, and the inspector says why against the strict config.
      await expect(nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) })).rejects.toThrow(
        signing.responseSigned ? /^Invalid signature$/ : /^Invalid document signature$/,
      );
      const report = await inspectResponse(xml, config, { idpCertificate: idp.pem });
      expect(codes(report.problems)).toEqual([signing.responseSigned ? 'assertion_unsigned' : 'response_unsigned']);
    },
  );

  it('signs with the algorithms the config names (SHA-1 under the okta policy)', async () => {
    const legacy = define({ ...spInput, signatureAlgorithm: 'RSA_SHA1', digestAlgorithm: 'SHA1' }, { policy: 'okta' });
    const xml = await buildResponse(legacy, { nameId: 'carol@example.test' }, key);
    expect(xml).toContain('http://www.w3.org/2000/09/xmldsig#rsa-sha1');
    expect(xml).toContain('http://www.w3.org/2000/09/xmldsig#sha1');
    const { profile } = await nodeSaml(legacy, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) });
    expect(profile?.nameID).toBe('carol@example.test');
    expect((await inspectResponse(xml, legacy, { idpCertificate: idp.pem })).problems).toEqual([]);
    // Two signatures, each with a SHA-1 signature method and a SHA-1 digest, against a SHA-256 config.
    const mismatches = (await inspectResponse(xml, config)).problems.filter((p) => p.code === 'algorithm_mismatch');
    expect(mismatches.map((p) => p.message.replace(/ \S+; the config says \w+$/, ''))).toEqual([
      'a ds:Signature uses',
      'a ds:Signature digests with',
      'a ds:Signature uses',
      'a ds:Signature digests with',
    ]);
  });

  it('refuses a tampered response (NameID changed after signing)', async () => {
    const tampered = good.replace('>alice@example.test</saml:NameID>', '>mallory@example.test</saml:NameID>');
    expect(tampered).not.toBe(good);
    await expect(
      nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(tampered) }),
    ).rejects.toThrow(/signature/i);
    const report = await inspectResponse(b64(tampered), config, { idpCertificate: idp.pem });
    expect(codes(report.problems)).toContain('signature_invalid');
    // Without a key the structure still looks fine, so the report must say that nothing was verified.
    const unverified = await inspectResponse(b64(tampered), config);
    expect(codes(unverified.problems)).toEqual(['signature_not_verified']);
    expect(unverified.signatures.map((s) => s.valid)).toEqual([undefined, undefined]);
  });

  it('refuses a response for another audience', async () => {
    const other = spConfig({ audience: 'https://other.example.test/sp' });
    const xml = await buildResponse(other, { nameId: 'alice@example.test' }, key);
    await expect(nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) })).rejects.toThrow(
      /audience mismatch/,
    );
    expect(codes((await inspectResponse(xml, config, { idpCertificate: idp.pem })).problems)).toEqual([
      'wrong_audience',
    ]);
  });

  it('refuses an expired response', async () => {
    const past = new Date(Date.now() - 3 * 3600_000);
    const xml = await buildResponse(config, { nameId: 'alice@example.test' }, key, { now: past });
    await expect(nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) })).rejects.toThrow(
      /expired/,
    );
    const report = await inspectResponse(xml, config);
    expect(codes(report.problems)).toEqual(['expired', 'expired', 'signature_not_verified']);
    // ...and one that is not valid yet.
    const future = await buildResponse(config, { nameId: 'alice@example.test' }, key, {
      now: new Date(Date.now() + 3 * 3600_000),
    });
    expect(codes((await inspectResponse(future, config)).problems)).toEqual([
      'not_yet_valid',
      'signature_not_verified',
    ]);
  });

  it('refuses a response signed by another key', async () => {
    const stranger = { privateKey: idpIdentity().privateKeyPem, certificate: idp.pem };
    const other = await import('../xml/__fixtures__/certs.js').then((m) => m.makeCertificate({ slot: 2 }));
    const xml = await buildResponse(
      config,
      { nameId: 'alice@example.test' },
      { privateKey: other.privateKeyPem, certificate: stranger.certificate },
    );
    await expect(nodeSaml(config, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(xml) })).rejects.toThrow(
      /^Invalid document signature$/,
    );
    expect(codes((await inspectResponse(xml, config, { idpCertificate: idp.pem })).problems)).toEqual([
      'signature_invalid',
      'signature_invalid',
    ]);
  });

  describe('signature wrapping (XSW)', () => {
    it.each(['before', 'after', 'duplicate-id'] as const)(
      'evil assertion %s the signed one: refused by node-saml and flagged by the inspector',
      async (variant) => {
        const assertionOnly = spConfig({ responseSigned: false });
        const signed = await buildResponse(assertionOnly, { nameId: 'alice@example.test' }, key);
        const wrapped = wrapAssertion(signed, variant);
        await expect(
          nodeSaml(assertionOnly, idp.base64).validatePostResponseAsync({ SAMLResponse: b64(wrapped) }),
        ).rejects.toThrow(/multiple assertions/);
        const report = await inspectResponse(b64(wrapped), assertionOnly, { idpCertificate: idp.pem });
        expect(codes(report.problems)).toContain(variant === 'duplicate-id' ? 'duplicate_id' : 'wrapped');
      },
    );

    it('evil assertion hidden in ds:Object: node-saml reads only the signed one, the inspector flags it', async () => {
      const assertionOnly = spConfig({ responseSigned: false });
      const signed = await buildResponse(assertionOnly, { nameId: 'alice@example.test' }, key);
      const wrapped = wrapAssertion(signed, 'inside-signature');
      const { profile } = await nodeSaml(assertionOnly, idp.base64).validatePostResponseAsync({
        SAMLResponse: b64(wrapped),
      });
      expect(profile?.nameID).toBe('alice@example.test');
      expect(codes((await inspectResponse(b64(wrapped), assertionOnly)).problems)).toContain('wrapped');
    });
  });

  it('flags recipient, destination, issuer and status problems without a key', async () => {
    const elsewhere = spConfig({
      recipient: 'https://evil.example.test/acs',
      destination: 'https://evil.example.test/acs',
      idpIssuer: 'http://www.okta.com/other',
    });
    const xml = (await buildResponse(elsewhere, { nameId: 'alice@example.test' }, key)).replace(
      'urn:oasis:names:tc:SAML:2.0:status:Success',
      'urn:oasis:names:tc:SAML:2.0:status:Responder',
    );
    const report = await inspectResponse(b64(xml), config);
    expect(codes(report.problems).sort()).toEqual([
      'bad_status',
      'signature_not_verified',
      'wrong_destination',
      'wrong_issuer',
      'wrong_issuer',
      'wrong_recipient',
    ]);
    expect(report.problems.find((p) => p.code === 'wrong_recipient')?.message).toContain(config.recipient);
  });
});
