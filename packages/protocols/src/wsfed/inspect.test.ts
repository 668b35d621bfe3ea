import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../errors.js';
import { RESPONSE_LIMITS } from '../saml/inspect.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { wsfedInput } from './__fixtures__/config.js';
import { define } from './define.js';
import { inspectSignInResponse } from './inspect.js';
import { buildSignInResponse } from './token.js';

const idp = makeCertificate({ cn: 'okta-wsfed.integrakit.test', slot: 1 });
const other = makeCertificate({ cn: 'other.integrakit.test', slot: 2 });
const config = define(wsfedInput);
const issuer = 'http://www.okta.com/exk1wsfed';
const now = new Date('2026-03-01T10:00:00.000Z');

const wresultFor = (realm = wsfedInput.realm) =>
  buildSignInResponse(
    config,
    { nameId: 'alice@example.test', attributes: { role: 'ENG' } },
    { privateKey: idp.privateKeyPem, certificate: idp.pem },
    { issuer, realm, now },
  );
const inspect = (wresult: string, options: { certificate?: string; realm?: string; at?: Date } = {}) =>
  inspectSignInResponse(wresult, config, {
    issuer,
    realm: options.realm ?? wsfedInput.realm,
    idpCertificate: options.certificate ?? idp.pem,
    now: options.at ?? now,
  });
const codes = async (wresult: string, options?: Parameters<typeof inspect>[1]) =>
  (await inspect(wresult, options)).problems.map((p) => p.code);

async function refusal(wresult: string) {
  const error = await inspect(wresult).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigValidationError);
  return (error as ConfigValidationError).issues[0];
}

describe('wsfed.inspectSignInResponse', () => {
  it('reads the assertion of a token the builder issued and finds no problem, its signature verified', async () => {
    const report = await inspect(await wresultFor());
    expect(report.problems).toEqual([]);
    expect(report.assertion?.nameId).toBe('alice@example.test');
    expect(report.assertion?.issuer).toBe(issuer);
    expect(report.assertion?.recipient).toBe(config.replyUrl);
    expect(report.assertion?.attributes.role).toEqual(['ENG']);
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([['assertion', true]]);
    // Base64, as a pasted value may be, reads the same.
    const base64 = await inspect(Buffer.from(await wresultFor(), 'utf8').toString('base64'));
    expect(base64.problems).toEqual([]);
  });

  it('finds a tampered assertion, another certificate, a missing signature and an expired token', async () => {
    const wresult = await wresultFor();
    expect(await codes(wresult.replace('alice@example.test', 'mallory@example.test'))).toEqual(['signature_invalid']);
    expect(await codes(wresult, { certificate: other.pem })).toEqual(['signature_invalid']);
    const unsigned = wresult.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '');
    expect(unsigned).not.toBe(wresult);
    expect(await codes(unsigned)).toContain('assertion_unsigned');
    expect(await codes(wresult, { at: new Date(now.getTime() + 2 * 3600_000) })).toContain('expired');
  });

  it('checks AppliesTo against the realm, and the assertion against the app', async () => {
    expect(await codes(await wresultFor('urn:other'), { realm: wsfedInput.realm })).toEqual(['wrong_realm']);
    const elsewhere = define({ ...wsfedInput, audienceRestriction: 'urn:other', replyUrl: 'https://other.test/r' });
    const report = await inspectSignInResponse(await wresultFor(), elsewhere, { issuer, now, idpCertificate: idp.pem });
    expect(report.problems.map((p) => p.code)).toEqual(['wrong_audience', 'wrong_recipient']);
    const wrongIssuer = await inspectSignInResponse(await wresultFor(), config, {
      issuer: 'http://www.okta.com/x',
      now,
    });
    expect(wrongIssuer.problems.map((p) => p.code)).toEqual(['wrong_issuer', 'signature_not_verified']);
  });

  it('finds a second assertion (wrapping), and a document that is not a token response', async () => {
    const wresult = await wresultFor();
    const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(wresult)?.[0] ?? '';
    const evil = assertion
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
      .replace(/ID="[^"]+"/, 'ID="_evil"')
      .replace('alice@example.test', 'mallory@example.test');
    const wrapped = wresult.replace(
      '</wst:RequestedSecurityToken>',
      `</wst:RequestedSecurityToken><wst:RequestedSecurityToken>${evil}</wst:RequestedSecurityToken>`,
    );
    expect(await codes(wrapped)).toContain('wrapped');
    expect(await codes(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>`)).toEqual([
      'not_a_token_response',
      'wrong_realm',
      'no_assertion',
    ]);
  });

  it('refuses hostile input with a typed error naming wresult', async () => {
    expect(await refusal('not xml at all!')).toMatchObject({ path: ['wresult'], code: 'invalid_encoding' });
    expect(await refusal('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toMatchObject({ path: ['wresult'] });
    const deep = `${'<a>'.repeat(RESPONSE_LIMITS.maxDepth + 1)}${'</a>'.repeat(RESPONSE_LIMITS.maxDepth + 1)}`;
    expect(await refusal(deep)).toMatchObject({ path: ['wresult'], code: 'too_deep' });
    expect(await refusal(`<a>${'x'.repeat(2 * RESPONSE_LIMITS.maxLength + 1)}</a>`)).toMatchObject({
      path: ['wresult'],
      code: 'too_big',
    });
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(await wresultFor())?.[0] ?? '';
    const signatures = (await wresultFor()).replace('<wst:TokenType>', `${signature}${signature}<wst:TokenType>`);
    expect(await refusal(signatures)).toMatchObject({ path: ['wresult'], code: 'too_many_signatures' });
  });
});
