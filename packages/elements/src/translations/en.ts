import { formsEn } from './forms.en.js';

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

  wizardProgress: 'Progress',
  wizardCompleted: 'completed',
  wizardNotCompleted: 'not completed',
  wizardStepHeading: (step: number, total: number, title: string) => `Step ${step} of ${total}: ${title}`,
  /** Step titles by flow step id; core's English titles are the fallback. */
  wizardStepTitles: {
    general: 'General Settings',
    signOn: 'Sign-On Options',
    username: 'Application username format',
    usernameUpdate: 'Update application username on',
    passwordReveal: 'Password reveal',
    method: 'Create a new app integration',
    settings: 'Sign-on settings',
    provisioning: 'Provisioning',
    scopes: 'Okta API scopes',
    clientAuth: 'Client authentication',
  } as Readonly<Record<string, string>>,
  wizardErrorTitle: 'We found some errors. Please review the form and make corrections.',
  /** Issue texts by core issue code, in the Admin Console's words; others show core's message. */
  wizardIssues: {
    required: 'This field cannot be left blank',
    invalid_url: 'Enter a valid URL',
    invalid_format: 'This value does not have the expected format',
    too_big: 'This value is too long',
    unfilled_setting: 'Fill in the General Settings this value depends on',
    duplicate_label: 'An application with this label already exists',
    invalid_uri: 'Enter an absolute URI',
    fragment_not_allowed: 'A URI cannot contain a fragment (#)',
    wildcard_disabled: 'Wildcards (*) are not allowed here',
    wildcard_not_allowed: 'Wildcards (*) are not allowed here',
    duplicate_value: 'Each value can be entered only once',
  } as Readonly<Record<string, string>>,
  wizardNext: 'Next',
  wizardBack: 'Back',
  wizardCancel: 'Cancel',
  wizardDone: 'Done',
  wizardBusy: 'Saving…',
  wizardCancelTitle: 'Discard this app integration?',
  wizardCancelBody: 'The values you entered will be lost.',
  wizardDiscard: 'Discard',
  wizardKeepEditing: 'Keep editing',

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
  ...formsEn,
};

/** A complete translation dictionary; `en` defines the keys. */
export type Translation = typeof en;
