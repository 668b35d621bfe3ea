// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${org.<setting>}` is Okta's template syntax, resolved by the add flow.
import { samlOnly } from './functionality.js';
import type { ExampleEntryData } from './types.js';

type Settings = NonNullable<ExampleEntryData['settings']>;
type Templates = NonNullable<ExampleEntryData['templates']>;

// Every Atlassian Cloud product signs in through one Atlassian Guard identity provider
// configuration, so they share settings and templates.
const guardSettings: Settings = [
  {
    name: 'sso_id',
    label: 'SAML configuration ID',
    type: 'string',
    helpText: 'The UUID at the end of the Service provider entity URL shown in Atlassian Administration.',
    pattern: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    example: '6c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  },
  {
    name: 'directory_id',
    label: 'Directory ID',
    type: 'string',
    helpText: 'The UUID at the end of the Directory base URL of your Atlassian identity provider.',
    pattern: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    example: '0a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d',
  },
];

const guardTemplates: Templates = {
  saml: {
    ssoAcsUrl: 'https://auth.atlassian.com/login/callback?connection=saml-${org.sso_id}',
    audience: 'https://auth.atlassian.com/saml/${org.sso_id}',
    subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  },
  scim: { baseUrl: 'https://api.atlassian.com/scim/directory/${org.directory_id}' },
};

// Self-managed Data Center products use Atlassian's SAML SSO app on the instance's base URL.
function dataCenterSettings(example: string): Settings {
  return [
    {
      name: 'host',
      label: 'Base URL host',
      type: 'string',
      helpText: 'Host (and port, if any) of the instance base URL, without https://.',
      pattern: '[a-z0-9][a-z0-9.-]*[a-z0-9](:[0-9]{2,5})?',
      example,
    },
  ];
}

const dataCenterTemplates: Templates = {
  saml: {
    ssoAcsUrl: 'https://${org.host}/plugins/servlet/samlconsumer',
    audience: 'https://${org.host}',
    subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
  },
};

const guardProvisioning: ExampleEntryData['functionality'] = {
  signOn: ['SAML'],
  provisioning: ['Create', 'Update', 'Deactivate', 'Group Push'],
  apiService: false,
};

/** Atlassian Cloud and Data Center products. */
export const atlassianEntries: ExampleEntryData[] = [
  {
    name: 'atlassian_cloud',
    displayName: 'Atlassian Cloud',
    description:
      'The Atlassian organisation that Jira, Confluence, Trello, Bitbucket and Loom sit in. Atlassian Guard (formerly Access) connects it to Okta for SAML SSO and SCIM user and group sync.',
    website: 'https://www.atlassian.com',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Financial Services', 'Professional Services', 'Government'],
    categories: ['Project Management', 'Developer Tools', 'Collaboration'],
    aliases: ['atlassian guard', 'atlassian access'],
    popularity: 8200,
    lastUpdated: '2025-02-04',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'jira_cloud',
    displayName: 'Atlassian Jira Cloud',
    description:
      'Issue and project tracking for software and business teams, hosted by Atlassian. Sign-on and provisioning run through Atlassian Guard.',
    website: 'https://www.atlassian.com/software/jira',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Financial Services', 'Professional Services', 'Manufacturing'],
    categories: ['Project Management', 'Developer Tools', 'Issue Tracking'],
    aliases: ['jira', 'jira software', 'atlassian jira'],
    popularity: 9000,
    lastUpdated: '2025-02-04',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'confluence_cloud',
    displayName: 'Atlassian Confluence Cloud',
    description: 'Team wiki and knowledge base from Atlassian, hosted in Atlassian Cloud behind Atlassian Guard SSO.',
    website: 'https://www.atlassian.com/software/confluence',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Financial Services', 'Professional Services', 'Education'],
    categories: ['Collaboration', 'Knowledge Base', 'Wiki'],
    aliases: ['confluence', 'atlassian confluence'],
    popularity: 8800,
    lastUpdated: '2025-02-04',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'jira_service_management',
    displayName: 'Jira Service Management',
    description:
      'IT and business service desk on the Jira platform, formerly Jira Service Desk, with incident, change and asset management.',
    website: 'https://www.atlassian.com/software/jira/service-management',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Financial Services', 'Government', 'Healthcare'],
    categories: ['IT Service Management', 'Help Desk'],
    aliases: ['jsm', 'jira service desk'],
    popularity: 6800,
    lastUpdated: '2025-01-14',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'bitbucket_cloud',
    displayName: 'Bitbucket Cloud',
    description: 'Git hosting with pull requests and Bitbucket Pipelines CI/CD, managed through Atlassian Cloud.',
    website: 'https://bitbucket.org',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Financial Services'],
    categories: ['Developer Tools', 'Source Control', 'CI/CD'],
    aliases: ['bitbucket'],
    popularity: 5900,
    lastUpdated: '2024-10-01',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'trello',
    displayName: 'Trello',
    description: 'Kanban boards for lightweight project tracking; Trello Enterprise is managed with Atlassian Guard.',
    website: 'https://trello.com',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On', 'Lifecycle Management'],
    functionality: guardProvisioning,
    industries: ['Technology', 'Education', 'Nonprofit', 'Professional Services'],
    categories: ['Project Management', 'Kanban'],
    aliases: [],
    popularity: 7200,
    lastUpdated: '2024-07-23',
    settings: guardSettings,
    templates: guardTemplates,
  },
  {
    name: 'opsgenie',
    displayName: 'Opsgenie',
    description:
      'On-call scheduling and alert routing from Atlassian; its features are moving into Jira Service Management.',
    website: 'https://www.atlassian.com/software/opsgenie',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On'],
    functionality: samlOnly,
    industries: ['Technology'],
    categories: ['Incident Management', 'On-Call'],
    aliases: ['ops genie'],
    popularity: 3500,
    lastUpdated: '2023-09-05',
  },
  {
    name: 'atlassian_statuspage',
    displayName: 'Statuspage',
    description: 'Public and private status pages for incident communication, by Atlassian.',
    website: 'https://www.atlassian.com/software/statuspage',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On'],
    functionality: samlOnly,
    industries: ['Technology'],
    categories: ['Incident Management'],
    aliases: ['status page', 'atlassian statuspage'],
    popularity: 2800,
    lastUpdated: '2023-06-27',
  },
  {
    name: 'jira_data_center',
    displayName: 'Jira Data Center',
    description: 'Self-managed Jira for regulated or large deployments, using the built-in Atlassian SAML SSO app.',
    website: 'https://www.atlassian.com/enterprise/data-center/jira',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On'],
    functionality: samlOnly,
    industries: ['Government', 'Financial Services', 'Healthcare', 'Manufacturing'],
    categories: ['Project Management', 'Issue Tracking'],
    aliases: ['jira server', 'jira on premise'],
    popularity: 4600,
    lastUpdated: '2024-03-26',
    settings: dataCenterSettings('jira.acme.com'),
    templates: dataCenterTemplates,
  },
  {
    name: 'confluence_data_center',
    displayName: 'Confluence Data Center',
    description: 'Self-managed Confluence wiki signing users in with the Atlassian SAML SSO app.',
    website: 'https://www.atlassian.com/enterprise/data-center/confluence',
    verificationStatus: 'OKTA_VERIFIED',
    useCases: ['Single Sign-On'],
    functionality: samlOnly,
    industries: ['Government', 'Financial Services', 'Healthcare', 'Manufacturing'],
    categories: ['Knowledge Base', 'Wiki'],
    aliases: ['confluence server'],
    popularity: 4100,
    lastUpdated: '2024-03-26',
    settings: dataCenterSettings('wiki.acme.com'),
    templates: dataCenterTemplates,
  },
];
