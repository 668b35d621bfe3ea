import { dateTime } from '../xml/date-time.js';
import { NAME_ID_FORMATS } from './common.js';
import type { InspectedResponse } from './inspect-read.js';
import type { SamlConfig } from './saml.schema.js';

/** What {@link assertionProblems} measures against, besides the config. */
export interface AssertionExpectations {
  readonly config: SamlConfig;
  /** `undefined` when the config's issuer is a template only Okta can resolve. */
  readonly issuer: string | undefined;
  readonly now: Date;
  readonly clockSkewSeconds: number;
}

/** Audience, recipient, issuer, NameID format and validity window of the assertion that was read. */
export function assertionProblems(
  assertion: NonNullable<InspectedResponse['assertion']>,
  expected: AssertionExpectations,
): [string, string][] {
  const { config } = expected;
  const out: [string, string][] = [];
  const now = expected.now.getTime();
  const skew = expected.clockSkewSeconds * 1000;
  // Every AudienceRestriction must name the SP (SAML core 2.5.1.4): they are ANDed, not ORed.
  const restrictions = assertion.audienceRestrictions;
  if (restrictions.length === 0 || restrictions.some((audiences) => !audiences.includes(config.audience))) {
    const found = restrictions.map((audiences) => audiences.join(', ') || '(empty)').join(' and ');
    out.push([
      'wrong_audience',
      restrictions.length > 1
        ? `each AudienceRestriction must name ${config.audience}; they hold ${found}`
        : `Audience is ${found || '(none)'}, expected ${config.audience}`,
    ]);
  }
  if (assertion.recipient !== config.recipient) {
    out.push([
      'wrong_recipient',
      `SubjectConfirmationData Recipient is ${assertion.recipient ?? '(missing)'}, expected ${config.recipient}`,
    ]);
  }
  if (expected.issuer !== undefined && assertion.issuer !== expected.issuer) {
    out.push(['wrong_issuer', `Assertion Issuer is ${assertion.issuer ?? '(missing)'}, expected ${expected.issuer}`]);
  }
  const format = NAME_ID_FORMATS[config.nameIdFormat];
  if (assertion.nameIdFormat !== undefined && assertion.nameIdFormat !== format) {
    out.push(['wrong_name_id_format', `NameID Format is ${assertion.nameIdFormat}, expected ${format}`]);
  }
  const ends = [
    ['Conditions NotOnOrAfter', assertion.notOnOrAfter],
    ['SubjectConfirmationData NotOnOrAfter', assertion.subjectNotOnOrAfter],
  ] as const;
  if (ends.every(([, value]) => value === undefined)) {
    out.push(['no_expiry', 'neither Conditions nor SubjectConfirmationData has a NotOnOrAfter: it would never expire']);
  }
  for (const [label, value] of ends) {
    if (value === undefined) continue;
    if (Number.isNaN(dateTime(value))) out.push(['invalid_time', `${label} is not a dateTime: ${value}`]);
    else if (now - skew >= dateTime(value)) out.push(['expired', `${label} ${value} has passed`]);
  }
  if (assertion.notBefore !== undefined) {
    const start = dateTime(assertion.notBefore);
    if (Number.isNaN(start))
      out.push(['invalid_time', `Conditions NotBefore is not a dateTime: ${assertion.notBefore}`]);
    else if (start > now + skew) {
      out.push(['not_yet_valid', `Conditions NotBefore ${assertion.notBefore} is in the future`]);
    }
  }
  return out;
}
