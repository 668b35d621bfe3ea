// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.x}` text.
import { type CatalogEntry, CatalogEntrySchema } from '@integrakit/core/catalog';
import { payloads } from '../../catalog/__fixtures__/hostile.js';

const base = {
  description: 'Test app',
  website: 'https://acme.example.com',
  logo: { kind: 'monogram', text: 'A', hex: '336699' },
  verificationStatus: 'OKTA_VERIFIED',
  useCases: ['Single Sign-On'],
  industries: ['Technology'],
  categories: [],
  popularity: 1,
  lastUpdated: '2026-01-01',
} as const;

/** An entry offering SAML and SWA, with a required subdomain, as the Admin Console shows many. */
export const acme: CatalogEntry = CatalogEntrySchema.parse({
  ...base,
  name: 'acme',
  displayName: 'Acme',
  functionality: { signOn: ['SAML', 'SWA'], provisioning: ['Create', 'Update'], apiService: false },
  settings: [{ name: 'subdomain', label: 'Subdomain', type: 'string', pattern: '[a-z0-9-]+', example: 'tenant' }],
  templates: {
    saml: { ssoAcsUrl: 'https://${org.subdomain}.acme.example.com/sso/saml', audience: 'https://acme.example.com' },
    swa: {
      loginUrl: 'https://${org.subdomain}.acme.example.com/login',
      usernameField: '#u',
      passwordField: '#p',
      buttonField: '#b',
    },
  },
});

/** A SCIM connection the flows accept, for provisioning that is already configured. */
export const scimConnection = {
  baseUrl: 'https://api.acme.example.com/scim/v2',
  auth: { type: 'bearer', token: 'scim-token-0123456789abcdef' },
} as const;

/**
 * An entry with a hostile payload in every string the wizard renders. It bypasses the schema on
 * purpose: a remote server's entry is not validated by the element's caller.
 */
export function hostileEntry(index: number): CatalogEntry {
  const payload = payloads[index % payloads.length] ?? '';
  return {
    ...acme,
    name: `hostile_${index}`,
    displayName: `Evil ${payload}`,
    logo: { kind: 'url', url: `javascript:${payload}` },
    settings: [
      {
        name: 'subdomain',
        label: `Label ${payload}`,
        type: 'string',
        helpText: `Help ${payload}`,
        example: `Example ${payload}`,
        required: true,
        pattern: `(${payload}`,
      },
    ],
    templates: {
      saml: {
        ssoAcsUrl: `https://\${org.subdomain}.example.com/${payload}`,
        audience: payload,
        attributeStatements: [{ name: payload, values: [payload] }],
      },
    },
  } as CatalogEntry;
}
