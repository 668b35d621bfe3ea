import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import { insecureUrlIssues, unusableCertificateIssues } from './common.js';
import { type SamlConfig, samlConfigSchema } from './saml.schema.js';

/**
 * Integrakit's policy on top of Okta's rules: https except loopback, no SHA-1, no expired or
 * not-yet-valid certificates. `{ policy: 'okta' }` skips it; `policyWarnings` still lists it.
 */
export function samlPolicy(config: SamlConfig): ConfigIssue[] {
  const issues = insecureUrlIssues([
    [['ssoUrl'], config.ssoUrl],
    [['recipient'], config.recipient],
    [['destination'], config.destination],
    ...config.acsEndpoints.map((endpoint, i) => [['acsEndpoints', i, 'url'], endpoint.url] as const),
    [['singleLogout', 'logoutUrl'], config.singleLogout?.logoutUrl],
    [['participateSlo', 'logoutRequestUrl'], config.participateSlo?.logoutRequestUrl],
  ]);
  if (config.signatureAlgorithm === 'RSA_SHA1') {
    issues.push({
      path: ['signatureAlgorithm'],
      code: 'weak_algorithm',
      message: "RSA_SHA1 is deprecated; use RSA_SHA256 or pass { policy: 'okta' }",
    });
  }
  if (config.digestAlgorithm === 'SHA1') {
    issues.push({
      path: ['digestAlgorithm'],
      code: 'weak_algorithm',
      message: "SHA1 is deprecated; use SHA256 or pass { policy: 'okta' }",
    });
  }
  issues.push(
    ...unusableCertificateIssues([
      [['spCertificate'], config.spCertificate],
      [['assertionEncryption', 'certificate'], config.assertionEncryption?.certificate],
    ]),
  );
  return issues;
}

const definer = createDefiner(samlConfigSchema, samlPolicy);

/**
 * Validates a SAML 2.0 app config and fills defaults; throws `ConfigValidationError`.
 * @example saml.define({ label: 'Wiki', ssoUrl: 'https://wiki.example.com/saml/acs', audience: 'https://wiki.example.com' })
 */
export const define = definer.define;
/** {@link define} without throwing: `{ success, data | error }`. */
export const safeDefine = definer.safeDefine;
/** Where a config (e.g. one read back with `fromOktaApp`) falls short of the strict policy. */
export const policyWarnings = definer.policyWarnings;
/** One field's issues by its own rules, for checking it as it is typed; see `safeDefine` for the whole config. */
export const fieldIssues = definer.fieldIssues;
