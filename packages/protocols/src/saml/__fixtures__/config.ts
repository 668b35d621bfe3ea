import { makeCertificate, type TestCertificate } from '../../xml/__fixtures__/certs.js';
import { define } from '../define.js';
import type { SamlConfig, SamlConfigInput } from '../saml.schema.js';

/** A realistic SP config input (the shape an admin fills in). */
export const spInput = {
  label: 'Team Wiki',
  ssoUrl: 'https://wiki.example.test/saml/acs',
  audience: 'https://wiki.example.test/saml/metadata',
  idpIssuer: 'http://www.okta.com/exk1integrakit',
  nameIdFormat: 'emailAddress',
  attributeStatements: [{ name: 'email', nameFormat: 'basic', values: ['user.email'] }],
  groupAttributeStatements: [{ name: 'groups', filterType: 'REGEX', filterValue: '^wiki-.*$' }],
} satisfies SamlConfigInput;

/** The IdP signing identity used across SAML tests (key slot 1, distinct from SP keys). */
export function idpIdentity(): TestCertificate & { entityId: string; ssoUrl: string; sloUrl: string } {
  return {
    ...makeCertificate({ cn: 'okta.integrakit.test', slot: 1 }),
    entityId: spInput.idpIssuer,
    ssoUrl: 'https://integrakit.okta.test/app/wiki/exk1integrakit/sso/saml',
    sloUrl: 'https://integrakit.okta.test/app/wiki/exk1integrakit/slo/saml',
  };
}

export function spConfig(overrides: Partial<SamlConfigInput> = {}): SamlConfig {
  return define({ ...spInput, ...overrides });
}
