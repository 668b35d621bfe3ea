import type { CatalogEntryInput } from '../entry.schema.js';

/** A minimal valid catalog entry. */
export const valid: CatalogEntryInput = {
  name: 'acme_crm',
  displayName: 'Acme CRM',
  description: 'Customer records for Acme.',
  website: 'https://acme.example.com',
  logo: { kind: 'monogram', text: 'A', hex: '336699' },
  verificationStatus: 'OKTA_VERIFIED',
  useCases: ['Single Sign-On'],
  functionality: { signOn: ['SAML'], provisioning: [], apiService: false },
  industries: ['Technology'],
  categories: ['CRM'],
  popularity: 10,
  lastUpdated: '2025-01-31',
};
