// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.x}` text.
import { type CatalogEntry, CatalogEntrySchema } from '../../../catalog/entry.schema.js';

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

/** A SAML + SWA entry with a per-tenant subdomain. */
export const acme: CatalogEntry = CatalogEntrySchema.parse({
  ...base,
  name: 'acme',
  displayName: 'Acme',
  functionality: { signOn: ['SAML', 'SWA'], provisioning: [], apiService: false },
  settings: [{ name: 'subdomain', label: 'Subdomain', type: 'string', pattern: '[a-z0-9-]+' }],
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
