import type { CatalogEntry } from '../src/catalog/entry.schema.js';
import type { CatalogFilters } from '../src/catalog/search/index.js';

/** Kinds of labelled query, reported separately. */
export type LabelKind = 'prefix' | 'typo' | 'transposition' | 'alias' | 'multi-word' | 'exact';

/**
 * Labelled relevance set over the example catalog: [query, expected entry key, kind]. Written from what a
 * person looking for the app would type; labels whose key is not (yet) in the catalog are skipped and counted.
 */
export const labelled: [string, string, LabelKind][] = [
  // Exact names, including brands that have editions in the catalog.
  ['zoom', 'zoom', 'exact'],
  ['slack', 'slack', 'exact'],
  ['github', 'github', 'exact'],
  ['gitlab', 'gitlab', 'exact'],
  ['dropbox', 'dropbox', 'exact'],
  ['box', 'box', 'exact'],
  ['jira', 'jira_cloud', 'exact'],
  ['confluence', 'confluence_cloud', 'exact'],
  ['trello', 'trello', 'exact'],
  ['asana', 'asana', 'exact'],
  ['notion', 'notion', 'exact'],
  ['miro', 'miro', 'exact'],
  ['loom', 'loom', 'exact'],
  ['datadog', 'datadog', 'exact'],
  ['sentry', 'sentry', 'exact'],
  ['snowflake', 'snowflake', 'exact'],
  ['tableau', 'tableau_cloud', 'exact'],
  ['linear', 'linear', 'exact'],
  ['docker', 'docker', 'exact'],
  ['heroku', 'heroku', 'exact'],
  ['salesforce', 'salesforce', 'exact'],
  ['workday', 'workday', 'exact'],
  ['servicenow', 'servicenow', 'exact'],
  ['hubspot', 'hubspot', 'exact'],
  ['zendesk', 'zendesk', 'exact'],
  ['docusign', 'docusign', 'exact'],
  // Prefixes as typed.
  ['zoo', 'zoom', 'prefix'],
  ['sla', 'slack', 'prefix'],
  ['drop', 'dropbox', 'prefix'],
  ['dropb', 'dropbox', 'prefix'],
  ['conflu', 'confluence_cloud', 'prefix'],
  ['trel', 'trello', 'prefix'],
  ['asa', 'asana', 'prefix'],
  ['noti', 'notion', 'prefix'],
  ['smarts', 'smartsheet', 'prefix'],
  ['airt', 'airtable', 'prefix'],
  ['clic', 'clickup', 'prefix'],
  ['basec', 'basecamp', 'prefix'],
  ['grammar', 'grammarly', 'prefix'],
  ['jenk', 'jenkins', 'prefix'],
  ['sent', 'sentry', 'prefix'],
  ['datad', 'datadog', 'prefix'],
  ['pagerd', 'pagerduty', 'prefix'],
  ['dynat', 'dynatrace', 'prefix'],
  ['launchd', 'launchdarkly', 'prefix'],
  ['postm', 'postman', 'prefix'],
  ['snowf', 'snowflake', 'prefix'],
  ['databr', 'databricks', 'prefix'],
  ['fivet', 'fivetran', 'prefix'],
  ['metab', 'metabase', 'prefix'],
  ['thoughts', 'thoughtspot', 'prefix'],
  ['calend', 'calendly', 'prefix'],
  ['ringc', 'ringcentral', 'prefix'],
  ['dialp', 'dialpad', 'prefix'],
  ['airc', 'aircall', 'prefix'],
  ['egny', 'egnyte', 'prefix'],
  ['mattermo', 'mattermost', 'prefix'],
  ['opsg', 'opsgenie', 'prefix'],
  ['bitbu', 'bitbucket_cloud', 'prefix'],
  ['netl', 'netlify', 'prefix'],
  ['verc', 'vercel', 'prefix'],
  ['digitalo', 'digitalocean', 'prefix'],
  ['salesfo', 'salesforce', 'prefix'],
  ['workd', 'workday', 'prefix'],
  ['servicen', 'servicenow', 'prefix'],
  ['hubsp', 'hubspot', 'prefix'],
  ['zende', 'zendesk', 'prefix'],
  ['docus', 'docusign', 'prefix'],
  ['bamboo', 'bamboohr', 'prefix'],
  ['okt', 'okta', 'prefix'],
  // One substituted, missing or extra letter.
  ['slakc', 'slack', 'transposition'],
  ['zomo', 'zoom', 'transposition'],
  ['gihtub', 'github', 'transposition'],
  ['gitlba', 'gitlab', 'transposition'],
  ['dorpbox', 'dropbox', 'transposition'],
  ['jria', 'jira_cloud', 'transposition'],
  ['confluecne', 'confluence_cloud', 'transposition'],
  ['trlelo', 'trello', 'transposition'],
  ['asnaa', 'asana', 'transposition'],
  ['notoin', 'notion', 'transposition'],
  ['mrio', 'miro', 'transposition'],
  ['datadgo', 'datadog', 'transposition'],
  ['sentyr', 'sentry', 'transposition'],
  ['snowlfake', 'snowflake', 'transposition'],
  ['tabluea', 'tableau_cloud', 'transposition'],
  ['jenkisn', 'jenkins', 'transposition'],
  ['pagreduty', 'pagerduty', 'transposition'],
  ['postamn', 'postman', 'transposition'],
  ['calednly', 'calendly', 'transposition'],
  ['grafnaa', 'grafana_cloud', 'transposition'],
  ['salesfroce', 'salesforce', 'transposition'],
  ['wokrday', 'workday', 'transposition'],
  ['servicneow', 'servicenow', 'transposition'],
  ['hubsopt', 'hubspot', 'transposition'],
  ['zendeks', 'zendesk', 'transposition'],
  ['docuisgn', 'docusign', 'transposition'],
  ['slck', 'slack', 'typo'],
  ['zooom', 'zoom', 'typo'],
  ['githib', 'github', 'typo'],
  ['dropbix', 'dropbox', 'typo'],
  ['jiar', 'jira_cloud', 'typo'],
  ['confluense', 'confluence_cloud', 'typo'],
  ['trelo', 'trello', 'typo'],
  ['asanna', 'asana', 'typo'],
  ['notionn', 'notion', 'typo'],
  ['airtabel', 'airtable', 'typo'],
  ['smartshet', 'smartsheet', 'typo'],
  ['clickupp', 'clickup', 'typo'],
  ['datdog', 'datadog', 'typo'],
  ['dynatrce', 'dynatrace', 'typo'],
  ['snowflak', 'snowflake', 'typo'],
  ['databriks', 'databricks', 'typo'],
  ['fivetren', 'fivetran', 'typo'],
  ['metabse', 'metabase', 'typo'],
  ['postmen', 'postman', 'typo'],
  ['terrafrom', 'hcp_terraform', 'typo'],
  ['kubernets', 'kubernetes', 'typo'],
  ['mattermst', 'mattermost', 'typo'],
  ['egnite', 'egnyte', 'typo'],
  ['calendy', 'calendly', 'typo'],
  ['ringcentrl', 'ringcentral', 'typo'],
  ['webx', 'cisco_webex', 'typo'],
  ['salesforse', 'salesforce', 'typo'],
  ['workdya', 'workday', 'typo'],
  ['hubspott', 'hubspot', 'typo'],
  ['zendsk', 'zendesk', 'typo'],
  ['docusing', 'docusign', 'typo'],
  // Aliases and acronyms.
  ['o365', 'microsoft_office_365', 'alias'],
  ['office 365', 'microsoft_office_365', 'alias'],
  ['m365', 'microsoft_office_365', 'alias'],
  ['gsuite', 'google_workspace', 'alias'],
  ['g suite', 'google_workspace', 'alias'],
  ['gmail', 'google_workspace', 'alias'],
  ['ms teams', 'microsoft_teams', 'alias'],
  ['msteams', 'microsoft_teams', 'alias'],
  ['aws', 'amazon_web_services', 'alias'],
  ['gcp', 'google_cloud', 'alias'],
  ['webex', 'cisco_webex', 'alias'],
  ['hellosign', 'dropbox_sign', 'alias'],
  ['lucidchart', 'lucid', 'alias'],
  ['jsm', 'jira_service_management', 'alias'],
  ['ghes', 'github_enterprise_server', 'alias'],
  ['ddog', 'datadog', 'alias'],
  ['newrelic', 'new_relic', 'alias'],
  ['argocd', 'argo_cd', 'alias'],
  ['artifactory', 'jfrog', 'alias'],
  ['kibana', 'elastic_cloud', 'alias'],
  ['terraform', 'hcp_terraform', 'alias'],
  ['power bi', 'microsoft_power_bi', 'alias'],
  ['powerbi', 'microsoft_power_bi', 'alias'],
  ['oci', 'oracle_cloud_infrastructure', 'alias'],
  ['mongo', 'mongodb_atlas', 'alias'],
  ['sfdc', 'salesforce', 'alias'],
  ['stackoverflow', 'stack_overflow_for_teams', 'alias'],
  ['clubhouse', 'shortcut', 'alias'],
  ['realtimeboard', 'miro', 'alias'],
  ['aws sso', 'aws_iam_identity_center', 'alias'],
  // Several words, any order.
  ['microsoft teams', 'microsoft_teams', 'multi-word'],
  ['teams microsoft', 'microsoft_teams', 'multi-word'],
  ['google workspace', 'google_workspace', 'multi-word'],
  ['workspace google', 'google_workspace', 'multi-word'],
  ['dropbox sign', 'dropbox_sign', 'multi-word'],
  ['sign dropbox', 'dropbox_sign', 'multi-word'],
  ['jira service', 'jira_service_management', 'multi-word'],
  ['service management jira', 'jira_service_management', 'multi-word'],
  ['jira data center', 'jira_data_center', 'multi-word'],
  ['confluence data center', 'confluence_data_center', 'multi-word'],
  ['github enterprise server', 'github_enterprise_server', 'multi-word'],
  ['gitlab self managed', 'gitlab_self_managed', 'multi-word'],
  ['new relic', 'new_relic', 'multi-word'],
  ['relic new', 'new_relic', 'multi-word'],
  ['sumo logic', 'sumo_logic', 'multi-word'],
  ['elastic cloud', 'elastic_cloud', 'multi-word'],
  ['grafana cloud', 'grafana_cloud', 'multi-word'],
  ['hashicorp vault', 'hashicorp_vault', 'multi-word'],
  ['vault hashicorp', 'hashicorp_vault', 'multi-word'],
  ['stack overflow', 'stack_overflow_for_teams', 'multi-word'],
  ['amazon web services', 'amazon_web_services', 'multi-word'],
  ['google cloud', 'google_cloud', 'multi-word'],
  ['oracle cloud', 'oracle_cloud_infrastructure', 'multi-word'],
  ['mongodb atlas', 'mongodb_atlas', 'multi-word'],
  ['tableau server', 'tableau_server', 'multi-word'],
  ['server tableau', 'tableau_server', 'multi-word'],
  ['qlik cloud', 'qlik_cloud', 'multi-word'],
  ['goto meeting', 'goto_meeting', 'multi-word'],
  ['cisco webex', 'cisco_webex', 'multi-word'],
  ['aws identity center', 'aws_iam_identity_center', 'multi-word'],
  ['pager duty', 'pagerduty', 'multi-word'],
  ['launch darkly', 'launchdarkly', 'multi-word'],
  ['digital ocean', 'digitalocean', 'multi-word'],
  ['power b', 'microsoft_power_bi', 'multi-word'],
  ['microsoft pow', 'microsoft_power_bi', 'multi-word'],
  ['git enterprise managed', 'github_enterprise_managed_users', 'multi-word'],
];

/** Query classes for per-keystroke latency, derived from the synthetic catalog so every engine sees the same text. */
export interface LatencyQuery {
  query: string;
  filters?: CatalogFilters;
}
export type QueryClass =
  | 'single letter'
  | 'single letter, first time'
  | 'longer prefix'
  | 'typo'
  | 'multi-word'
  | 'text + facets'
  | 'facets only';

/**
 * Classes timed in one pass with no untimed query before it. Integrakit keeps the matches of queries of up to
 * two characters, so from the second pass on its single-letter samples are answers from that cache; these
 * letters, none of them in 'single letter', show each engine's first answer to a letter on a fresh index.
 */
export const firstTimeClasses: ReadonlySet<QueryClass> = new Set(['single letter, first time']);

const facetSets: CatalogFilters[] = [
  { functionality: ['SAML'] },
  { functionality: ['SCIM'], industries: ['Healthcare', 'Financial Services'] },
  { useCases: ['Lifecycle Management'], industries: ['Education'] },
  { functionality: ['OIDC', 'SAML'], useCases: ['Single Sign-On'] },
];

/** A deterministic query set per class over a generated catalog. */
export function latencyQueries(entries: CatalogEntry[]): Record<QueryClass, LatencyQuery[]> {
  const names = entries.filter((_, index) => index % 97 === 3).map((entry) => entry.displayName.toLowerCase());
  const long = names.filter((name) => name.length >= 6).slice(0, 16);
  const twoWords = names.filter((name) => name.includes(' ')).slice(0, 12);
  const swap = (word: string, at: number) => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return {
    'single letter': 'aeiostmcbz'.split('').map((query) => ({ query })),
    'single letter, first time': 'dfghjklnpruvwy'.split('').map((query) => ({ query })),
    'longer prefix': long.flatMap((name) => [name.slice(0, 3), name.slice(0, 5)]).map((query) => ({ query })),
    typo: long.map((name, index) => ({
      query: index % 2 === 0 ? swap(name, 2) : `${name.slice(0, 3)}x${name.slice(4)}`,
    })),
    'multi-word': twoWords.map((name) => ({ query: name.split(' ').reverse().join(' ') })),
    'text + facets': long.map((name, index) => ({
      query: name.slice(0, 4),
      filters: facetSets[index % facetSets.length] as CatalogFilters,
    })),
    'facets only': facetSets.map((filters) => ({ query: '', filters })),
  };
}
