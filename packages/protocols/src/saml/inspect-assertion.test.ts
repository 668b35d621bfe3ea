import { describe, expect, it } from 'vitest';
import { NAME_ID_FORMATS } from './common.js';
import { define } from './define.js';
import { type AssertionExpectations, assertionProblems } from './inspect-assertion.js';

// The assertion rules on their own, on assertions as `readAssertion` returns them: each case breaks one
// rule of an otherwise clean assertion, so the problem list names that rule alone, with its message.
const config = define({
  label: 'Wiki',
  ssoUrl: 'https://wiki.test/acs',
  audience: 'https://wiki.test/sp',
  idpIssuer: 'https://idp.test',
  nameIdFormat: 'emailAddress',
});
const now = new Date('2030-01-01T00:00:00Z');
const expected: AssertionExpectations = { config, issuer: 'https://idp.test', now, clockSkewSeconds: 60 };
const clean = {
  issuer: 'https://idp.test',
  nameIdFormat: NAME_ID_FORMATS.emailAddress,
  recipient: 'https://wiki.test/acs',
  notOnOrAfter: '2030-01-01T00:10:00Z',
  subjectNotOnOrAfter: '2030-01-01T00:10:00Z',
  notBefore: '2029-12-31T23:59:00Z',
  audienceRestrictions: [['https://wiki.test/sp']],
  audiences: ['https://wiki.test/sp'],
  attributes: {},
};
type Assertion = Parameters<typeof assertionProblems>[0];
const problems = (changes: Partial<Assertion>, against: Partial<AssertionExpectations> = {}) =>
  assertionProblems({ ...clean, ...changes }, { ...expected, ...against });

describe('assertionProblems', () => {
  it('finds nothing wrong with the clean assertion', () => {
    expect(problems({})).toEqual([]);
  });

  it('requires an AudienceRestriction, and names each audience it found', () => {
    expect(problems({ audienceRestrictions: [] })).toEqual([
      ['wrong_audience', 'Audience is (none), expected https://wiki.test/sp'],
    ]);
    expect(problems({ audienceRestrictions: [['https://a.test', 'https://b.test']] })).toEqual([
      ['wrong_audience', 'Audience is https://a.test, https://b.test, expected https://wiki.test/sp'],
    ]);
    expect(problems({ audienceRestrictions: [['https://wiki.test/sp'], []] })).toEqual([
      [
        'wrong_audience',
        'each AudienceRestriction must name https://wiki.test/sp; they hold https://wiki.test/sp and (empty)',
      ],
    ]);
  });

  it('names a wrong or missing recipient', () => {
    expect(problems({ recipient: 'https://evil.test/acs' })).toEqual([
      ['wrong_recipient', 'SubjectConfirmationData Recipient is https://evil.test/acs, expected https://wiki.test/acs'],
    ]);
    expect(problems({ recipient: undefined })).toEqual([
      ['wrong_recipient', 'SubjectConfirmationData Recipient is (missing), expected https://wiki.test/acs'],
    ]);
  });

  it('names a wrong or missing issuer, unless the expected issuer is a template (undefined)', () => {
    expect(problems({ issuer: 'https://evil.test' })).toEqual([
      ['wrong_issuer', 'Assertion Issuer is https://evil.test, expected https://idp.test'],
    ]);
    expect(problems({ issuer: undefined })).toEqual([
      ['wrong_issuer', 'Assertion Issuer is (missing), expected https://idp.test'],
    ]);
    expect(problems({ issuer: 'https://evil.test' }, { issuer: undefined })).toEqual([]);
  });

  it('checks the NameID format only when the assertion states one', () => {
    expect(problems({ nameIdFormat: NAME_ID_FORMATS.persistent })).toEqual([
      [
        'wrong_name_id_format',
        `NameID Format is ${NAME_ID_FORMATS.persistent}, expected ${NAME_ID_FORMATS.emailAddress}`,
      ],
    ]);
    expect(problems({ nameIdFormat: undefined })).toEqual([]);
  });

  it('needs one NotOnOrAfter, either will do', () => {
    expect(problems({ notOnOrAfter: undefined, subjectNotOnOrAfter: undefined })).toEqual([
      ['no_expiry', 'neither Conditions nor SubjectConfirmationData has a NotOnOrAfter: it would never expire'],
    ]);
    expect(problems({ notOnOrAfter: undefined })).toEqual([]);
    expect(problems({ subjectNotOnOrAfter: undefined })).toEqual([]);
  });

  it('names an end that is not a dateTime, and does not call it expired', () => {
    expect(problems({ notOnOrAfter: 'soon' })).toEqual([
      ['invalid_time', 'Conditions NotOnOrAfter is not a dateTime: soon'],
    ]);
  });

  it('names each end that has passed, the skew counted', () => {
    // 00:10:00 plus 60 s of skew: expired from 00:11:00 on.
    expect(problems({}, { now: new Date('2030-01-01T00:10:59Z') })).toEqual([]);
    expect(problems({ notOnOrAfter: '2029-12-31T23:58:59Z' })).toEqual([
      ['expired', 'Conditions NotOnOrAfter 2029-12-31T23:58:59Z has passed'],
    ]);
    expect(problems({ subjectNotOnOrAfter: '2029-12-31T23:59:00Z' })).toEqual([
      ['expired', 'SubjectConfirmationData NotOnOrAfter 2029-12-31T23:59:00Z has passed'],
    ]);
  });

  it('checks NotBefore only when there is one, up to and including the skew', () => {
    expect(problems({ notBefore: undefined })).toEqual([]);
    expect(problems({ notBefore: 'yesterday' })).toEqual([
      ['invalid_time', 'Conditions NotBefore is not a dateTime: yesterday'],
    ]);
    expect(problems({ notBefore: '2030-01-01T00:01:00Z' })).toEqual([]);
    expect(problems({ notBefore: '2030-01-01T00:01:01Z' })).toEqual([
      ['not_yet_valid', 'Conditions NotBefore 2030-01-01T00:01:01Z is in the future'],
    ]);
  });
});
