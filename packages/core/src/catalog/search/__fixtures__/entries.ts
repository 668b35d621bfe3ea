import type { SearchableEntry } from '../types.js';

type Options = Partial<Omit<SearchableEntry, 'name' | 'displayName' | 'popularity'>>;

/** A searchable entry with plausible defaults, for search tests. */
export function entry(name: string, displayName: string, popularity: number, options: Options = {}): SearchableEntry {
  return {
    name,
    displayName,
    popularity,
    description: options.description ?? `${displayName} for teams.`,
    aliases: options.aliases ?? [],
    categories: options.categories ?? ['Productivity'],
    useCases: options.useCases ?? ['Single Sign-On'],
    industries: options.industries ?? ['Technology'],
    functionality: options.functionality ?? { signOn: ['SAML'], provisioning: [], apiService: false },
  };
}

/** Real app names with the shapes that trip search engines: editions, near-miss names, vendors, diacritics. */
export const apps: SearchableEntry[] = [
  entry('salesforce', 'Salesforce', 1000, {
    categories: ['CRM', 'Sales'],
    description: 'Customer relationship management platform.',
  }),
  entry('salsify', 'Salsify', 40, { categories: ['E-commerce'] }),
  entry('slack', 'Slack', 950, {
    categories: ['Collaboration'],
    industries: ['Technology', 'Media and Entertainment'],
  }),
  entry('zoom', 'Zoom', 800, {
    categories: ['Video Conferencing'],
    functionality: { signOn: ['SAML'], provisioning: ['Create', 'Update'], apiService: false },
  }),
  entry('zoom_phone', 'Zoom Phone', 900, { categories: ['Telephony'] }),
  entry('jira_cloud', 'Atlassian Jira Cloud', 700, { aliases: ['jira'], categories: ['Project Management'] }),
  entry('sira', 'Sira', 990, { categories: ['Analytics'], industries: ['Healthcare'] }),
  entry('github', 'GitHub', 850, {
    aliases: ['gh'],
    categories: ['Developer Tools'],
    functionality: { signOn: ['SAML', 'OIDC'], provisioning: ['Create'], apiService: true },
  }),
  entry('microsoft_office_365', 'Microsoft Office 365', 1000, {
    categories: ['Productivity'],
    functionality: {
      signOn: ['WS-Federation', 'SAML'],
      provisioning: ['Create', 'Update', 'Deactivate'],
      apiService: false,
    },
  }),
  entry('microsoft_teams', 'Microsoft Teams', 900, { categories: ['Collaboration'] }),
  entry('google_workspace', 'Google Workspace', 990, {
    categories: ['Productivity', 'Email'],
    industries: ['Education', 'Technology'],
  }),
  entry('pagerduty', 'PagerDuty', 500, {
    categories: ['Monitoring'],
    industries: ['Technology', 'Financial Services'],
  }),
  entry('cafe_societe', 'Café Société', 5, {
    categories: ['Hospitality'],
    industries: ['Hospitality'],
    useCases: ['Lifecycle Management'],
  }),
  entry('crm_hub', 'Hubly', 10, {
    categories: ['Marketing'],
    description: 'Marketing automation with a built-in CRM.',
  }),
  entry('pipedrive', 'Pipedrive', 300, { categories: ['CRM'], useCases: ['Single Sign-On', 'Lifecycle Management'] }),
  entry('box', 'Box', 600, { categories: ['Storage'] }),
  entry('dropbox', 'Dropbox', 650, { categories: ['Storage'], industries: ['Education'] }),
  entry('office_supplies', 'Office Depot', 20, { categories: ['Procurement'], industries: ['Retail'] }),
];
