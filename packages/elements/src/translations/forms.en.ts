import { samlSetupEn } from './saml-setup.en.js';

/**
 * English strings of the shared list editors and `<ik-create-integration>`'s own steps. Labels
 * follow the Admin Console. The protocol forms' strings are in `protocol-forms.en.ts`, which loads
 * with the forms.
 */
export const formsEn = {
  listAdd: 'Add URI',
  listRemove: (value: string, position: number) => (value === '' ? `Remove URI ${position}` : `Remove ${value}`),
  listItem: (label: string, position: number) => `${label} ${position}`,
  listEmpty: 'None yet',
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  movedTo: (name: string, position: number, total: number) => `${name} moved to position ${position} of ${total}`,
  statementRemove: (name: string) => `Remove ${name}`,
  attributeStatements: 'Attribute Statements',
  connectorInvalid: 'Fix the connector settings before testing it.',
  connectorError: 'The connector test could not run.',
  samlMetadataUnreadable: 'The metadata could not be read.',
  samlMetadataInvalid: (detail: string) => `This is not usable SP metadata: ${detail}`,

  createTitle: 'Create a new app integration',
  createMethod: 'Sign-in method',
  createMethods: {
    oidc: 'OIDC - OpenID Connect',
    saml: 'SAML 2.0',
    swa: 'SWA - Secure Web Authentication',
    wsfed: 'WS-Federation',
    'api-service': 'API Services',
  } as Readonly<Record<string, string>>,
  createMethodHints: {
    oidc: 'Token-based OAuth 2.0 authentication for Single Sign-On (SSO) through API endpoints. Recommended if you intend to build a custom app integration with the Okta Sign-In Widget.',
    saml: 'XML-based open standard for SSO. Use if the Identity Provider for your application only supports SAML.',
    swa: 'Okta-specific SSO method. Use if your application doesn’t support OIDC or SAML.',
    wsfed: 'Microsoft’s federation protocol, for apps that accept WS-Federation passive requests.',
    'api-service':
      'Interact with Okta APIs using the scoped OAuth 2.0 access tokens for machine-to-machine authentication.',
  } as Readonly<Record<string, string>>,
  createAppType: 'Application type',
  createAppTypes: {
    web: 'Web Application',
    browser: 'Single-Page Application',
    native: 'Native Application',
    service: 'Service',
  } as Readonly<Record<string, string>>,
  createAppTypeHints: {
    web: 'Server-side applications where authentication and tokens are handled on the server (for example, Go, Java, ASP.Net, Node.js, PHP).',
    browser:
      'Single-page web applications that run in the browser where the client receives tokens (for example, Javascript, Angular, React, Vue).',
    native:
      'Desktop or mobile applications that run natively on a device and redirect users to a non-HTTP callback (for example, iOS, Android, React Native).',
    service: 'Machine-to-machine: a service or daemon that calls APIs with its own credentials.',
  } as Readonly<Record<string, string>>,
  createAppName: 'App integration name',
  createVisibility: 'Application visibility',
  createHideWeb: 'Do not display application icon to users',
  createHideMobile: 'Do not display application icon in the Okta Mobile app',
  createSignOnMode: 'Sign-on method',
  createClientId: 'Client ID',
  createClientSecret: 'Client secret',
  createSecretWarning:
    'Copy the client secret now. It is shown only once: after you leave this page it cannot be seen again.',
  createCopySecret: 'Copy to clipboard',
  createSecretCopied: 'I have saved the client secret',
  createSecretGone: 'The client secret is no longer shown. Generate a new one from the app’s settings if it was lost.',
  createCopied: 'Client secret copied.',
  createCopyFailed: 'The browser did not allow copying; select the revealed secret instead.',
  createKeyAuth:
    'No client secret: the service signs its token requests with its private key, and Okta checks them with the public keys you gave. Keep the private key on the service only.',
  createLoading: 'Loading…',
  createCreating: 'Creating the app integration…',
  createHandled: 'The app integration was handed to the page to create.',
  createRetry: 'Try again',
  createFailed: 'The app integration could not be created. Try again.',
  createDoneHeading: 'App integration created',
  createCreated: (label: string) => `Created ${label}.`,
  /** The settings step's title by sign-in method, as the Admin Console names it; others use `wizardStepTitles.settings`. */
  createSettingsTitles: { saml: 'Configure SAML' } as Readonly<Record<string, string>>,
  accessTitle: 'Assignments',
  accessLabel: 'Controlled access',
  accessModes: {
    everyone: 'Allow everyone in your organization to access',
    groups: 'Limit access to selected groups',
    skip: 'Skip group assignment for now',
  } as Readonly<Record<string, string>>,
  accessSearch: 'Search groups',
  accessGroups: 'Selected groups',
  accessLoading: 'Looking for groups…',
  accessNoGroups: 'No groups match.',
  accessUnavailable: 'Groups can be listed only when the wizard has an API client.',
  accessError: 'The groups could not be listed. Try again.',
  accessAssigned: (names: string) => `Assigned to ${names}.`,
  accessEveryone: 'Assigned to everyone in your organization.',
  accessSkipped: 'No groups are assigned yet: assign them from the app’s Assignments tab.',
  accessNoEveryone:
    'This org has no Everyone group, so nobody was assigned: assign groups from the app’s Assignments tab.',
  accessFailed:
    'The app was created, but its groups could not be assigned: assign them from the app’s Assignments tab.',
  ...samlSetupEn,
};

/** The shape every locale's form strings must match. */
export type FormsTranslation = typeof formsEn;
