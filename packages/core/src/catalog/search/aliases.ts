/**
 * Names people type for well-known products, keyed by the words of the product name they stand for.
 * An entry whose display name contains the key's words gets the aliases as extra alias terms.
 */
export const BUILT_IN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  microsoft: ['ms', 'msft'],
  'microsoft 365': ['o365', 'm365', 'office 365'],
  'office 365': ['o365', 'm365', 'microsoft 365'],
  'microsoft entra id': ['aad', 'azure ad', 'azure active directory'],
  'google workspace': ['gsuite', 'g suite', 'google apps'],
  'google cloud': ['gcp'],
  'google drive': ['gdrive'],
  'amazon web services': ['aws'],
  salesforce: ['sfdc'],
  servicenow: ['snow'],
  github: ['gh'],
};
