// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import { describe, expect, it } from 'vitest';
import { isConfigValidationError } from '../errors.js';
import { issueAt } from '../test-utils/issues.js';
import { makeCertificate } from '../xml/__fixtures__/certs.js';
import { spInput } from './__fixtures__/config.js';
import { certificateReport } from './certificates.js';
import { define, policyWarnings, safeDefine } from './define.js';
import type { SamlConfigInput } from './saml.schema.js';

const DAY = 86_400_000;
const cert = makeCertificate({ slot: 3 });
const expired = makeCertificate({
  slot: 3,
  notBefore: new Date(Date.now() - 400 * DAY),
  notAfter: new Date(Date.now() - DAY),
});

describe('saml.define', () => {
  it('fills defaults and uses the SSO URL for Recipient and Destination', () => {
    const config = define(spInput);
    expect(config).toMatchObject({
      recipient: spInput.ssoUrl,
      destination: spInput.ssoUrl,
      responseSigned: true,
      assertionSigned: true,
      signatureAlgorithm: 'RSA_SHA256',
      digestAlgorithm: 'SHA256',
      honorForceAuthn: true,
      authnContextClassRef: 'PasswordProtectedTransport',
      acsEndpoints: [],
      applicationUsername: { template: '${source.login}', type: 'BUILT_IN', updateOn: 'CREATE_AND_UPDATE' },
    });
    expect(define({ ...spInput, recipient: 'https://wiki.example.test/r' }).recipient).toBe(
      'https://wiki.example.test/r',
    );
  });

  it('normalises certificates given as PEM to bare base64', () => {
    const config = define({
      ...spInput,
      spCertificate: cert.pem,
      singleLogout: { logoutUrl: 'https://wiki.example.test/slo', spIssuer: spInput.audience },
    });
    expect(config.spCertificate).toBe(cert.base64);
  });

  it('allows http only for loopback under the strict policy, anything absolute with { policy: "okta" }', () => {
    expect(safeDefine({ ...spInput, ssoUrl: 'http://localhost:3000/acs' }).success).toBe(true);
    expect(safeDefine({ ...spInput, ssoUrl: 'http://127.0.0.1/acs' }).success).toBe(true);
    const plain = { ...spInput, ssoUrl: 'http://wiki.example.test/acs' };
    const strict = safeDefine(plain);
    expect(strict.success).toBe(false);
    if (!strict.success)
      expect(strict.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['ssoUrl', 'https_required'],
        ['recipient', 'https_required'],
        ['destination', 'https_required'],
      ]);
    const okta = define(plain, { policy: 'okta' });
    expect(policyWarnings(okta).map((i) => i.code)).toEqual(['https_required', 'https_required', 'https_required']);
  });

  it('accepts SHA-1 only with the okta policy and then warns', () => {
    const sha1 = { ...spInput, signatureAlgorithm: 'RSA_SHA1', digestAlgorithm: 'SHA1' } as const;
    expect(safeDefine(sha1).success).toBe(false);
    expect(policyWarnings(define(sha1, { policy: 'okta' })).map((i) => [i.path[0], i.code])).toEqual([
      ['signatureAlgorithm', 'weak_algorithm'],
      ['digestAlgorithm', 'weak_algorithm'],
    ]);
  });

  it('refuses expired certificates under the strict policy and reports expiring ones', () => {
    const withExpired = {
      ...spInput,
      assertionEncryption: { certificate: expired.pem },
    };
    const result = safeDefine(withExpired);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({
        path: ['assertionEncryption', 'certificate'],
        code: 'certificate_expired',
      });
    const soon = makeCertificate({ slot: 3, notAfter: new Date(Date.now() + 10 * DAY) });
    const config = define({ ...spInput, assertionEncryption: { certificate: soon.base64 } });
    expect(certificateReport(config).map((c) => [c.path.join('.'), c.status])).toEqual([
      ['assertionEncryption.certificate', 'expiring'],
    ]);
    expect(certificateReport(config, { expiringWithinDays: 5 })[0]?.status).toBe('valid');
  });

  // At least 30 invalid inputs, each refused with an error naming the field and the rule.
  const invalid: [string, Partial<Record<keyof SamlConfigInput, unknown>>, string, RegExp][] = [
    ['empty label', { label: '' }, 'label', /too_small/],
    ['label over 100', { label: 'x'.repeat(101) }, 'label', /too_big/],
    ['relative SSO URL', { ssoUrl: '/saml/acs' }, 'ssoUrl', /absolute http\(s\) URL/],
    ['ftp SSO URL', { ssoUrl: 'ftp://wiki.example.test/acs' }, 'ssoUrl', /absolute http\(s\) URL/],
    ['SSO URL over 1024', { ssoUrl: `https://a.test/${'x'.repeat(1020)}` }, 'ssoUrl', /1024/],
    ['http SSO URL (policy)', { ssoUrl: 'http://wiki.example.test/acs' }, 'ssoUrl', /https/],
    ['relative recipient', { recipient: 'acs' }, 'recipient', /absolute/],
    ['http destination (policy)', { destination: 'http://wiki.example.test/d' }, 'destination', /https/],
    [
      'ACS index reused',
      {
        acsEndpoints: [
          { url: 'https://a.test/1', index: 1 },
          { url: 'https://a.test/2', index: 1 },
        ],
      },
      'acsEndpoints[1].index',
      /used twice/,
    ],
    [
      'ACS index negative',
      { acsEndpoints: [{ url: 'https://a.test/1', index: -1 }] },
      'acsEndpoints[0].index',
      /too_small|>=/,
    ],
    [
      'ACS index over 65535',
      { acsEndpoints: [{ url: 'https://a.test/1', index: 70000 }] },
      'acsEndpoints[0].index',
      /65535/,
    ],
    [
      'ACS index not an integer',
      { acsEndpoints: [{ url: 'https://a.test/1', index: 1.5 }] },
      'acsEndpoints[0].index',
      /int/,
    ],
    [
      '101 ACS endpoints',
      { acsEndpoints: Array.from({ length: 101 }, (_, i) => ({ url: `https://a.test/${i}`, index: i })) },
      'acsEndpoints',
      /100/,
    ],
    ['ACS with bad URL', { acsEndpoints: [{ url: 'nope', index: 0 }] }, 'acsEndpoints[0].url', /absolute/],
    ['empty audience', { audience: ' ' }, 'audience', /too_small|>=1/],
    ['unknown NameID format', { nameIdFormat: 'kerberos' }, 'nameIdFormat', /invalid_value|expected one of/i],
    [
      'neither response nor assertion signed',
      { responseSigned: false, assertionSigned: false },
      'responseSigned',
      /at least one/,
    ],
    ['unknown signature algorithm', { signatureAlgorithm: 'RSA_SHA512' }, 'signatureAlgorithm', /RSA_SHA256/],
    ['unknown digest algorithm', { digestAlgorithm: 'MD5' }, 'digestAlgorithm', /SHA256/],
    ['SHA-1 signature (policy)', { signatureAlgorithm: 'RSA_SHA1' }, 'signatureAlgorithm', /deprecated/],
    ['SHA-1 digest (policy)', { digestAlgorithm: 'SHA1' }, 'digestAlgorithm', /deprecated/],
    [
      'SLO without SP certificate',
      { singleLogout: { logoutUrl: 'https://a.test/slo', spIssuer: 'sp' } },
      'spCertificate',
      /required when single logout/,
    ],
    ['signed requests without SP certificate', { signedRequests: true }, 'spCertificate', /signed requests/],
    [
      'participate SLO without SP certificate',
      { participateSlo: { logoutRequestUrl: 'https://a.test/slo' } },
      'spCertificate',
      /required when single logout/,
    ],
    [
      'SP certificate not X.509',
      { spCertificate: 'MIIBAA==', singleLogout: { logoutUrl: 'https://a.test/slo', spIssuer: 'sp' } },
      'spCertificate',
      /X\.509/,
    ],
    [
      'encryption certificate garbage',
      { assertionEncryption: { certificate: 'hello' } },
      'assertionEncryption.certificate',
      /X\.509/,
    ],
    [
      'encryption algorithm unknown',
      { assertionEncryption: { certificate: cert.base64, encryptionAlgorithm: 'DES' } },
      'assertionEncryption.encryptionAlgorithm',
      /AES/,
    ],
    [
      'key transport unknown',
      { assertionEncryption: { certificate: cert.base64, keyTransportAlgorithm: 'RSA_99' } },
      'assertionEncryption.keyTransportAlgorithm',
      /RSA_OAEP/,
    ],
    [
      'expired encryption certificate (policy)',
      { assertionEncryption: { certificate: expired.base64 } },
      'assertionEncryption.certificate',
      /expired/,
    ],
    [
      'SLO URL relative',
      { spCertificate: cert.base64, singleLogout: { logoutUrl: '/slo', spIssuer: 'sp' } },
      'singleLogout.logoutUrl',
      /absolute/,
    ],
    [
      'SLO binding unknown',
      { spCertificate: cert.base64, participateSlo: { logoutRequestUrl: 'https://a.test/slo', bindingType: 'SOAP' } },
      'participateSlo.bindingType',
      /POST/,
    ],
    [
      'unknown authn context',
      { authnContextClassRef: 'urn:magic' },
      'authnContextClassRef',
      /PasswordProtectedTransport/,
    ],
    ['assertion lifetime too short', { assertionLifetimeSeconds: 5 }, 'assertionLifetimeSeconds', /60/],
    [
      'attribute without values',
      { attributeStatements: [{ name: 'a', values: [] }] },
      'attributeStatements[0].values',
      /too_small|>=1/,
    ],
    [
      'attribute name format unknown',
      { attributeStatements: [{ name: 'a', nameFormat: 'xml', values: ['v'] }] },
      'attributeStatements[0].nameFormat',
      /basic/,
    ],
    [
      'duplicate attribute names across statements',
      { groupAttributeStatements: [{ name: 'email', filterType: 'EQUALS', filterValue: 'x' }] },
      'groupAttributeStatements[0].name',
      /unique/,
    ],
    [
      'group filter type unknown',
      { groupAttributeStatements: [{ name: 'g', filterType: 'ENDS_WITH', filterValue: 'x' }] },
      'groupAttributeStatements[0].filterType',
      /STARTS_WITH/,
    ],
    [
      'group regex does not compile',
      { groupAttributeStatements: [{ name: 'g', filterType: 'REGEX', filterValue: '(unclosed' }] },
      'groupAttributeStatements[0].filterValue',
      /not a valid regular expression/,
    ],
    [
      'group regex catastrophic',
      { groupAttributeStatements: [{ name: 'g', filterType: 'REGEX', filterValue: '(a+)+$' }] },
      'groupAttributeStatements[0].filterValue',
      /nested quantifier/,
    ],
    [
      'built-in username template unknown',
      { applicationUsername: { template: '${user.nickName}' } },
      'applicationUsername.template',
      /built-in/,
    ],
    [
      'Create only without CUSTOM',
      { applicationUsername: { updateOn: 'CREATE_ONLY' } },
      'applicationUsername.updateOn',
      /CUSTOM/,
    ],
    ['unknown field (typo)', { ssoURL: 'https://x.test' } as never, '(root)', /unrecognized/i],
  ];

  it.each(invalid)('refuses %s', (_name, patch, field, rule) => {
    const result = safeDefine({ ...spInput, ...patch } as SamlConfigInput);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isConfigValidationError(result.error)).toBe(true);
    const issue = issueAt(result.error, field);
    expect(`${issue.code} ${issue.message}`).toMatch(rule);
  });

  it('has at least 30 invalid cases', () => expect(invalid.length).toBeGreaterThanOrEqual(30));
});
