const count = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

/** English strings, bundled: the shape every other locale must match. Functions handle plurals. */
export const en = {
  /** BCP 47 language tag this dictionary serves. */
  $code: 'en',
  secretShow: 'Show',
  secretHide: 'Hide',
  secretHidden: 'Hidden',

  fieldOptional: 'Optional',
  fieldError: 'Error',

  catalogLabel: 'App catalog',
  catalogSearchLabel: 'Search the app catalog',
  catalogSearchPlaceholder: 'Search for an app',
  catalogSuggestions: 'Suggestions',
  catalogSeeAll: (query: string) => (query === '' ? 'See all apps' : `See all results for “${query}”`),
  catalogSuggestionCount: (value: number) =>
    value === 0 ? 'No suggestions' : value === 1 ? '1 suggestion' : `${count('en', value)} suggestions`,
  catalogResultCount: (value: number) =>
    value === 0 ? 'No results' : value === 1 ? '1 result' : `${count('en', value)} results`,
  catalogResultsFor: (query: string) => (query === '' ? 'All apps' : `Results for “${query}”`),
  catalogResultsGrid: 'Apps',
  catalogFilters: 'Filters',
  catalogFiltersToggle: (active: number) => (active === 0 ? 'Filters' : `Filters (${count('en', active)})`),
  catalogUseCase: 'Use Case',
  catalogFunctionality: 'Functionality',
  catalogIndustry: 'Industry',
  catalogFilterCount: (value: number) => `(${count('en', value)})`,
  catalogClearFilters: 'Clear all',
  catalogLoading: 'Loading the catalog…',
  catalogLoadingTile: 'Loading…',
  catalogError: 'The catalog could not be loaded.',
  catalogRetry: 'Try again',
  catalogEmpty: (query: string) => (query === '' ? 'No apps match these filters.' : `No apps match “${query}”.`),
  catalogVerified: 'Okta Verified',
  catalogCommunity: 'Community Created',
  catalogProvisioning: 'Provisioning',
  catalogApiService: 'API Service',
  catalogBack: 'Back to results',
  catalogDescription: 'Description',
  catalogUseCases: 'Use cases',
  catalogIndustries: 'Industries',
  catalogSignOn: 'Sign-on methods',
  catalogProvisioningFeatures: 'Provisioning features',
  catalogVerification: 'Verification',
  catalogWebsite: 'Website',
  catalogNone: 'None',
  catalogYes: 'Yes',
  catalogAdd: 'Add Integration',
  catalogNotFound: 'This app is not in the catalog.',
};

/** A complete translation dictionary; `en` defines the keys. */
export type Translation = typeof en;
