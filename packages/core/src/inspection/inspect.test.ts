import { deflateRawSync } from 'node:zlib';
import { buildSignInResponse, define as defineWsfed, toOktaApp as toWsfedApp } from '@integrakit/protocols/wsfed';
import { beforeAll, describe, expect, it } from 'vitest';
import { wsfedInput } from '../../../protocols/src/wsfed/__fixtures__/config.js';
import {
  accessToken,
  CLIENT_ID,
  idpCertificate,
  idpPrivateKey,
  idToken,
  ORG,
  oidcApp,
  samlApp,
  samlResponses,
  signJwt,
} from './__fixtures__/pasted.js';
import { inspectPasted } from './inspect.js';
import { MAX_INFLATED_BYTES, MAX_PASTED_LENGTH } from './pasted.js';

const found = (report: { problems: readonly { code: string; severity: string; field: string }[] }) =>
  report.problems.map((p) => `${p.severity} ${p.field} ${p.code}`);

describe('inspectPasted: tokens', () => {
  it('decodes a good ID token for the chosen OIDC app without problems', async () => {
    const report = await inspectPasted(idToken(), { app: oidcApp, issuer: ORG });
    expect(report.kind).toBe('token');
    if (report.kind !== 'token') return;
    expect(report.tokenType).toBe('id');
    expect(report.header?.alg).toBe('RS256');
    expect(report.claims?.aud).toBe(CLIENT_ID);
    expect(report.problems).toEqual([]);
  });

  it('reports an expired token as an error on claims.exp', async () => {
    const report = await inspectPasted(idToken(new Date(Date.now() - 3 * 3600_000)), { app: oidcApp });
    expect(found(report)).toEqual(['error claims.exp expired']);
  });

  it("reports an ID token for another client against the app's client id", async () => {
    const report = await inspectPasted(idToken(new Date(), { aud: 'someone-else' }), { app: oidcApp, issuer: ORG });
    expect(found(report)).toEqual(['error claims.aud audience_mismatch']);
  });

  it('reads an access token by its type and checks its cid, not its audience', async () => {
    const ok = await inspectPasted(accessToken(), { app: oidcApp, issuer: ORG });
    expect(ok.kind === 'token' && ok.tokenType).toBe('access');
    expect(ok.problems).toEqual([]);
    const other = await inspectPasted(accessToken(new Date(), '0oa1other'), { app: oidcApp });
    expect(found(other)).toEqual(['error claims.cid client_mismatch']);
  });

  it('flags an unsigned token and an unexpected issuer', async () => {
    const unsigned = signJwt({ iss: 'https://evil.example', sub: 'x', exp: 4_000_000_000 }, { alg: 'none' });
    expect(found(await inspectPasted(unsigned, { issuer: ORG }))).toEqual([
      'error header.alg alg_none',
      'error claims.iss unexpected_issuer',
    ]);
  });

  it('says when the chosen integration is not an OIDC app', async () => {
    expect(found(await inspectPasted(idToken(), { app: samlApp }))).toEqual([
      'warning integration integration_mismatch',
    ]);
  });
});

describe('inspectPasted: SAML responses', () => {
  let responses: Awaited<ReturnType<typeof samlResponses>>;
  beforeAll(async () => {
    responses = await samlResponses();
  });

  it('decodes a good response, verified with the IdP certificate, without problems', async () => {
    const report = await inspectPasted(responses.good, { app: samlApp, idpCertificate });
    expect(report.kind).toBe('saml');
    if (report.kind !== 'saml') return;
    expect(report.encoding).toBe('base64');
    expect(report.assertion?.nameId).toBe('alice@example.test');
    expect(report.assertion?.audiences).toEqual([samlApp.settings.signOn.audience]);
    expect(report.signatures.map((s) => [s.on, s.valid])).toEqual([
      ['response', true],
      ['assertion', true],
    ]);
    expect(report.problems).toEqual([]);
  });

  it('reports a wrong audience against the audience setting', async () => {
    const report = await inspectPasted(responses.wrongAudience, { app: samlApp, idpCertificate });
    expect(found(report)).toEqual(['error audience wrong_audience']);
  });

  it('reports a wrapped (XSW) response on the assertion', async () => {
    const report = await inspectPasted(responses.wrapped, { app: samlApp, idpCertificate });
    expect(found(report)).toContain('error assertion wrapped');
    expect(report.problems.every((p) => p.severity !== 'info')).toBe(true);
  });

  it('reads XML, the redirect binding and a pasted URL alike', async () => {
    const xml = Buffer.from(responses.good, 'base64').toString('utf8');
    const deflated = deflateRawSync(Buffer.from(xml)).toString('base64');
    const url = `https://app.example.test/acs?RelayState=x&SAMLResponse=${encodeURIComponent(deflated)}`;
    for (const [input, encoding] of [
      [xml, 'xml'],
      [deflated, 'redirect'],
      [url, 'redirect'],
    ] as const) {
      const report = await inspectPasted(input, { app: samlApp, idpCertificate });
      expect(report.kind === 'saml' && [report.encoding, report.assertion?.nameId]).toEqual([
        encoding,
        'alice@example.test',
      ]);
    }
  });

  it('without an integration, skips the settings comparisons and says so', async () => {
    const report = await inspectPasted(responses.wrongAudience, { idpCertificate });
    expect(found(report)).toEqual(['info integration no_integration']);
  });
});

describe('inspectPasted: hostile and odd input', () => {
  it('refuses oversized input before decoding it', async () => {
    expect(found(await inspectPasted('a'.repeat(MAX_PASTED_LENGTH + 1)))).toEqual(['error input too_large']);
  });

  it('stops a deflate bomb at the inflate limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_INFLATED_BYTES * 4, 0x3c)).toString('base64');
    expect(bomb.length).toBeLessThan(MAX_PASTED_LENGTH);
    expect(found(await inspectPasted(bomb))).toEqual(['error input too_big_inflated']);
  });

  it.each([
    ['', 'info input empty'],
    ['   \n', 'info input empty'],
    ['not a token', 'error input unrecognized'],
    ['bm90IHhtbA==', 'error input unrecognized'],
  ])('reports %j as %s', async (input, expected) => {
    expect(found(await inspectPasted(input))).toEqual([expected]);
  });

  it('turns XML the protocols refuse into problems, never a throw', async () => {
    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    const report = await inspectPasted(deep);
    expect(report.kind).toBe('unknown');
    expect(report.problems.map((p) => p.code)).toEqual(['too_deep']);
    expect((await inspectPasted('<unclosed')).problems.length).toBeGreaterThan(0);
  });
});

describe('inspectPasted: a WS-Federation wresult', () => {
  const config = defineWsfed(wsfedInput);
  const issuer = 'http://www.okta.com/exk1wsfed';
  const wresult = (realm = 'urn:okta:app:0oa1wsfed') =>
    buildSignInResponse(
      { ...config, realm: undefined },
      { nameId: 'alice@example.test' },
      { privateKey: idpPrivateKey, certificate: idpCertificate },
      { issuer, realm },
    );
  // As Okta's API returns it: no realm set, so the app answers to its generated one.
  const app = { ...toWsfedApp({ ...config, realm: undefined }), id: '0oa1wsfed' };

  it("reads the token's assertion against the app, its signature verified", async () => {
    const report = await inspectPasted(await wresult(), { app, issuer, idpCertificate });
    expect(report.kind).toBe('saml');
    if (report.kind !== 'saml') return;
    expect(report.problems).toEqual([]);
    expect(report.assertion?.nameId).toBe('alice@example.test');
    expect(report.signatures.map((s) => s.valid)).toEqual([true]);
  });

  it('names the realm and issuer it was not issued for', async () => {
    const report = await inspectPasted(await wresult('urn:other'), { app, issuer: 'http://www.okta.com/x' });
    expect(found(report)).toEqual([
      'error realm wrong_realm',
      'error idpIssuer wrong_issuer',
      'warning signature signature_not_verified',
    ]);
  });
});
