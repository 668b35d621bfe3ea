import type { CatalogEntry } from '../../../../../core/src/catalog/entry.schema.js';
import { parseCatalogEntries } from '../../../../../core/src/catalog/parse.js';
import { createCatalog } from '../../../../../core/src/catalog/search/index.js';
import { memoryCatalogSource } from '../memory-source.js';
import type { CatalogSource } from '../source.js';

type Row = [
  name: string,
  displayName: string,
  signOn: string[],
  provisioning: string[],
  useCases: string[],
  industries: string[],
  verified: boolean,
  popularity: number,
];

// A small, fixed catalog so tests do not move when the example catalog grows.
const rows: Row[] = [
  ['slack', 'Slack', ['SAML', 'OIDC'], ['Create', 'Update', 'Deactivate'], ['Single Sign-On', 'Lifecycle Management'], ['Technology'], true, 980],
  ['salesforce', 'Salesforce', ['SAML'], ['Create', 'Update', 'Deactivate', 'Group Push'], ['Single Sign-On', 'Lifecycle Management'], ['Technology', 'Financial Services'], true, 990],
  ['sap_concur', 'SAP Concur', ['SAML'], [], ['Single Sign-On'], ['Transportation', 'Professional Services'], true, 700],
  ['zoom', 'Zoom', ['SAML', 'OIDC'], ['Create', 'Deactivate'], ['Single Sign-On', 'Lifecycle Management'], ['Technology', 'Education'], true, 960],
  ['zendesk', 'Zendesk', ['SAML', 'SWA'], ['Create', 'Update'], ['Single Sign-On'], ['Retail', 'Technology'], true, 800],
  ['github', 'GitHub', ['SAML', 'OIDC'], [], ['Single Sign-On'], ['Technology'], true, 950],
  ['workday', 'Workday', ['SAML'], ['Attribute Sourcing'], ['Single Sign-On', 'Directory and HR Sync'], ['Financial Services', 'Healthcare'], true, 900],
  ['box', 'Box', ['SAML'], ['Create', 'Update', 'Deactivate'], ['Single Sign-On', 'Lifecycle Management'], ['Healthcare', 'Government'], true, 850],
  ['dropbox', 'Dropbox', ['SAML'], ['Create', 'Deactivate'], ['Single Sign-On', 'Lifecycle Management'], ['Media and Entertainment'], true, 840],
  ['canvas_lms', 'Canvas LMS', ['SAML', 'WS-Federation'], [], ['Single Sign-On'], ['Education'], false, 400],
  ['epic_hyperspace', 'Épic Hyperspace', ['SWA'], [], ['Single Sign-On'], ['Healthcare'], false, 300],
  ['splunk_cloud', 'Splunk Cloud', ['SAML'], [], ['Single Sign-On', 'Centralized Logging'], ['Technology', 'Government'], true, 600],
];

/** The fixed test catalog, schema-validated so it is what a real host would pass. */
export function testEntries(): CatalogEntry[] {
  return parseCatalogEntries(
    rows.map(([name, displayName, signOn, provisioning, useCases, industries, verified, popularity]) => ({
      name,
      displayName,
      description: `${displayName} integration for single sign-on${provisioning.length > 0 ? ' and provisioning' : ''}.`,
      website: `https://www.${name.replace(/_/g, '')}.example.com/`,
      logo: { kind: 'monogram', text: displayName.slice(0, 1), hex: '1662dd' },
      verificationStatus: verified ? 'OKTA_VERIFIED' : 'COMMUNITY_CREATED',
      useCases,
      functionality: { signOn, provisioning, apiService: name === 'slack' },
      industries,
      categories: [],
      popularity,
      lastUpdated: '2025-01-15',
    })),
  );
}

/** A source over {@link testEntries} searched by core's engine. */
export function testSource(): CatalogSource {
  return memoryCatalogSource(createCatalog(testEntries()));
}
