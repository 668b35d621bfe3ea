import type { Translation } from './en.js';

/**
 * English strings of the wizards (`<ik-add-integration>`, `<ik-create-integration>`), kept out of
 * `en.ts` so elements without a wizard (the catalog) do not bundle them. A registered dictionary
 * may carry these keys too (`fr` does); {@link withWizardTerms} fills in English for the rest.
 */
export const enWizard = {
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
  /** An error summary link: the field's label, then its error. */
  wizardIssueAt: (field: string, message: string) => `${field}: ${message}`,
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
    protocol_unavailable: 'These settings could not be loaded. Check your connection, then select Next again.',
  } as Readonly<Record<string, string>>,
  wizardNext: 'Next',
  wizardBack: 'Back',
  wizardCancel: 'Cancel',
  wizardDone: 'Done',
  wizardBusy: 'Saving…',
  wizardLoading: 'Loading…',
  wizardCancelTitle: 'Discard this app integration?',
  wizardCancelBody: 'The values you entered will be lost.',
  wizardDiscard: 'Discard',
  wizardKeepEditing: 'Keep editing',

  usernameFormat: 'Application username format',
  /** Okta's built-in format labels, by their English label. */
  usernameFormats: {} as Readonly<Record<string, string>>,
  usernameCustom: 'Custom',
  usernameNone: 'None',
  usernameSuffix: 'Custom suffix',
  usernameExpression: 'Custom expression',
  usernameExpressionHint: 'An Okta Expression Language expression, e.g. String.substringBefore(user.email, "@")',
  usernameExpressionError: (position: number, message: string) => `At character ${position}: ${message}`,
  usernamePreviewFor: (first: string, last: string) => `Preview for ${first} ${last}:`,
  usernamePreviewNone: 'No username',
  usernamePreviewInvalid: 'Fix the expression to see a preview',
  usernameNoneWithPush:
    'With provisioning on, Okta needs a username for every person assigned to this app: with None, each assignment must give one.',

  addTitle: (name: string) => `Add ${name}`,
  addLabel: 'Application label',
  addLabelHint: 'This label displays under the app on your home page',
  addUseLabel: (label: string) => `Use “${label}”`,
  addVisibility: 'Application visibility',
  addHideWeb: 'Do not display application icon to users',
  addHideMobile: 'Do not display application icon in the Okta Mobile app',
  addSignOnMethods: 'Sign on methods',
  /** Sign-on mode names by protocol module. */
  addModes: {
    saml: 'SAML 2.0',
    oidc: 'OpenID Connect',
    swa: 'Secure Web Authentication',
    wsfed: 'WS-Federation',
  } as Readonly<Record<string, string>>,
  addModeHints: {
    saml: 'Users sign in with a SAML assertion from Okta.',
    oidc: 'Users sign in with OpenID Connect tokens from Okta.',
    swa: 'Okta signs users in by filling in the app’s sign-in page.',
    wsfed: 'Users sign in with a WS-Federation token from Okta.',
  } as Readonly<Record<string, string>>,
  addSwaLocked:
    'Sync Password is on for this app’s provisioning, so Secure Web Authentication signs in with the Okta password and its options cannot be changed here. Turn off Sync Password to edit them.',
  addSsoUrl: 'Single sign-on URL',
  addAudience: 'Audience URI (SP Entity ID)',
  addRelayState: 'Default Relay State',
  addRelayStateHint: 'Where users land in the app after an IdP-initiated sign-in',
  addAttributeStatements: 'Attribute statements',
  addAttributeName: 'Name',
  addAttributeValue: 'Value',
  addLoginUrl: 'Login URL',
  addLoginUrlHint: 'The address of the app’s sign-in page',
  addRedirectUris: 'Sign-in redirect URIs',
  addRedirectUrisHint: 'One URI per line',
  addRealm: 'Realm',
  addReplyUrl: 'Reply URL',
  addUpdateOn: 'Update application username on',
  addUpdateOnHint: 'Create only is available with a custom username format.',
  addCreateAndUpdate: 'Create and update',
  addCreateOnly: 'Create only',
  addPasswordReveal: 'Password reveal',
  addPasswordRevealLabel: 'Allow users to securely see their password',
  addDoneHeading: 'Done',
  addCreating: 'Creating the app integration…',
  addCreated: (label: string) => `${label} was added`,
  addHandled: 'The app integration is valid and was handed to the page.',
  addFailed: 'The app integration could not be created. Check the connection and try again.',
  addRetry: 'Try again',
  addSignOnMode: 'Sign-on mode',
  addStatus: 'Status',
  addAppId: 'App ID',
};

/** The wizard strings of a dictionary. */
export type WizardTranslation = typeof enWizard;

/** A dictionary with the wizard strings: what wizard elements and their render functions read. */
export type WizardTerms = Translation & WizardTranslation;

const merged = new WeakMap<Translation, WizardTerms>();

/** `dictionary` with English wizard strings wherever it has none (computed once per dictionary). */
export function withWizardTerms(dictionary: Translation & Partial<WizardTranslation>): WizardTerms {
  let terms = merged.get(dictionary);
  if (terms === undefined) {
    terms = { ...enWizard, ...dictionary };
    merged.set(dictionary, terms);
  }
  return terms;
}
