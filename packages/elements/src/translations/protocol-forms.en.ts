import type { FormsTerms } from './forms-terms.js';

/**
 * English strings of the protocol forms (`internal/forms/`: OIDC, SAML and its statements, SWA,
 * WS-Federation, API scopes and client authentication, SCIM and its connector report, SP metadata
 * import). Apart from `formsEn` so that they load with the forms, which the elements import when a
 * method or tab needs them; a locale supplies them in its dictionary like any other string.
 */
export const protocolFormsEn = {
  statementUnnamed: (position: number) => `statement ${position}`,
  statementName: 'Name',
  statementNameFormat: 'Name format',
  statementValue: 'Value',
  statementFilter: 'Filter',
  statementFilterValue: 'Filter value',
  nameFormats: { unspecified: 'Unspecified', uri: 'URI Reference', basic: 'Basic' } as Readonly<Record<string, string>>,
  groupFilters: {
    STARTS_WITH: 'Starts with',
    EQUALS: 'Equals',
    CONTAINS: 'Contains',
    REGEX: 'Matches regex',
  } as Readonly<Record<string, string>>,
  groupAttributeStatements: 'Group Attribute Statements',
  attributeStatementAdd: 'Add Another',
  groupAttributeStatementAdd: 'Add Another',

  oidcGeneral: 'Logo and grant type',
  oidcLogo: 'Logo',
  oidcLogoHint: 'An https URL of the logo image users see on their dashboard.',
  oidcGrantTypes: 'Grant type',
  oidcGrantTypesHint: 'The grants this application type may use.',
  oidcGrant: {
    authorization_code: 'Authorization Code',
    refresh_token: 'Refresh Token',
    implicit: 'Implicit (hybrid)',
    client_credentials: 'Client Credentials',
    interaction_code: 'Interaction Code',
    password: 'Resource Owner Password',
    'urn:ietf:params:oauth:grant-type:device_code': 'Device Authorization',
    'urn:ietf:params:oauth:grant-type:token-exchange': 'Token Exchange',
    'urn:ietf:params:oauth:grant-type:jwt-bearer': 'JWT Bearer',
    'urn:ietf:params:oauth:grant-type:saml2-bearer': 'SAML 2.0 Assertion',
    'urn:openid:params:grant-type:ciba': 'Client-initiated backchannel authentication flow (CIBA)',
    'urn:okta:params:oauth:grant-type:otp': 'MFA OTP',
    'urn:okta:params:oauth:grant-type:oob': 'MFA OOB',
    'http://auth0.com/oauth/grant-type/mfa-otp': 'MFA OTP (Auth0)',
    'http://auth0.com/oauth/grant-type/mfa-oob': 'MFA OOB (Auth0)',
  } as Readonly<Record<string, string>>,
  oidcLogin: 'Sign-in and sign-out',
  oidcRedirectUris: 'Sign-in redirect URIs',
  oidcRedirectUrisHint:
    'Okta sends the authentication response and ID token for the user’s sign-in request to these URIs.',
  oidcWildcard: 'Allow wildcard * in sign-in URI redirect',
  oidcLogoutUris: 'Sign-out redirect URIs',
  oidcLogoutUrisHint:
    'After your application contacts Okta to close the user session, Okta redirects the user to one of these URIs.',
  oidcTrustedOrigins: 'Trusted Origins',
  oidcTrustedOriginsHint:
    'If the app runs in a browser and calls Okta from another origin, add that origin under Security › API › Trusted Origins (CORS and redirect) after you create the integration.',

  samlSettings: 'SAML Settings',
  samlSsoUrl: 'Single sign-on URL',
  samlSsoUrlHint: 'The location where the SAML assertion is sent with an HTTP POST (the ACS URL).',
  samlUseForRecipient: 'Use this for Recipient URL and Destination URL',
  samlRecipient: 'Recipient URL',
  samlDestination: 'Destination URL',
  samlAudience: 'Audience URI (SP Entity ID)',
  samlAudienceHint: 'The intended audience of the SAML assertion, usually the SP’s entity ID.',
  samlRelayState: 'Default RelayState',
  samlRelayStateHint: 'Where users land after an IdP-initiated sign-in, if the SP supports it.',
  samlNameIdFormat: 'Name ID format',
  samlNameIdFormats: {
    unspecified: 'Unspecified',
    emailAddress: 'EmailAddress',
    x509SubjectName: 'x509SubjectName',
    persistent: 'Persistent',
    transient: 'Transient',
  } as Readonly<Record<string, string>>,
  samlStatements: 'Attribute Statements',

  swaSettings: 'App settings',
  swaLoginUrl: 'App’s login page URL',
  swaLoginUrlHint: 'The page where users sign in to the app.',
  swaMode: 'Sign-in method',
  swaModes: {
    BROWSER_PLUGIN: 'Browser plugin fills the login form',
    AUTO_LOGIN: 'Redirect to the login page',
  } as Readonly<Record<string, string>>,
  swaModeHints: {
    BROWSER_PLUGIN: 'The Okta browser plugin types the credentials into the fields you name below.',
    AUTO_LOGIN: 'Okta posts the credentials to the login page.',
  } as Readonly<Record<string, string>>,
  swaUsernameSelector: 'Username field',
  swaSelectorHint: 'CSS selectors of the login form’s fields, e.g. #username.',
  swaPasswordSelector: 'Password field',
  swaSubmitSelector: 'Sign-in button',
  swaRedirectUrl: 'Secondary sign-in URL',
  swaCredentials: 'Credentials',
  swaScheme: 'Who sets the credentials?',
  swaSyncPasswordLock:
    'Sync Password provisioning is on, so Okta manages the password: only “Okta password is synced” is allowed while it stays on.',
  swaSchemes: {
    EDIT_USERNAME_AND_PASSWORD: 'User sets username and password',
    ADMIN_SETS_CREDENTIALS: 'Administrator sets username and password',
    EDIT_PASSWORD_ONLY: 'Administrator sets username, user sets password',
    SHARED_USERNAME_AND_PASSWORD: 'Users share a single username and password set by administrator',
    EXTERNAL_PASSWORD_SYNC: 'Administrator sets username, password is the same as user’s Okta password',
  } as Readonly<Record<string, string>>,

  wsfedSettings: 'WS-Federation settings',
  wsfedSiteUrl: 'Site URL',
  wsfedReplyUrl: 'ReplyTo URL',
  wsfedReplyUrlHint: 'Where Okta posts the token (wreply).',
  wsfedReplyOverride: 'Allow ReplyTo Override',
  wsfedRealm: 'Realm',
  wsfedRealmHint: 'The wtrealm your app sends; leave blank for Okta to generate one.',
  wsfedAudience: 'Audience Restriction',
  wsfedAuthnContext: 'Authentication Context Class',
  wsfedAuthnContexts: {
    PasswordProtectedTransport: 'Password Protected Transport',
    Password: 'Password',
    TLSClient: 'TLS Client',
    X509: 'X.509 Certificate',
    unspecified: 'Unspecified',
    Kerberos: 'Kerberos',
    windows: 'Integrated Windows Authentication',
  } as Readonly<Record<string, string>>,
  wsfedClaims: 'Claims',
  wsfedUsernameAttribute: 'Username Attribute Statements',
  wsfedUsernameAttributes: {
    username: 'username',
    upn: 'upn',
    upnAndUsername: 'upn and username',
    none: 'none',
  } as Readonly<Record<string, string>>,
  wsfedGroupFilter: 'Group Filter',
  wsfedGroupFilterHint: 'A regular expression; groups whose names match are sent.',
  wsfedGroupName: 'Group Attribute Name',
  wsfedGroupValueFormat: 'Group Attribute Value',
  wsfedGroupValueFormats: {
    windowsDomainQualifiedName: 'Windows domain qualified name',
    samAccountName: 'SAM account name',
    dn: 'Distinguished name',
  } as Readonly<Record<string, string>>,

  scopesSearch: 'Search scopes',
  scopesShown: (shown: number, chosen: number) =>
    `${shown === 1 ? '1 scope' : `${shown} scopes`} shown, ${chosen === 1 ? '1 scope' : `${chosen} scopes`} granted`,
  scopesLeastPrivilege: 'Least privilege',
  scopeManageHint: (scope: string, read: string) =>
    `${scope} also allows changes; grant ${read} if the integration only reads.`,
  scopeRedundantHint: (scope: string) => `${scope} is already included in its .manage scope.`,
  clientAuthTitle: 'Client Credentials',
  clientAuthMethod: 'Client authentication',
  clientAuthMethods: {
    client_secret_basic: 'Client secret (HTTP Basic)',
    client_secret_post: 'Client secret (in the request body)',
    private_key_jwt: 'Public key / Private key',
  } as Readonly<Record<string, string>>,
  clientAuthHints: {
    client_secret_basic: 'Okta generates the secret when you create the integration and shows it once.',
    client_secret_post: 'Okta generates the secret when you create the integration and shows it once.',
    private_key_jwt: 'The service signs a JWT with its private key; Okta fetches the public keys from a URL.',
  } as Readonly<Record<string, string>>,
  clientAuthJwksUri: 'Public keys URL (JWKS)',
  clientAuthJwksUriHint: 'An https URL serving the service’s public keys.',
  clientAuthClientId: 'Client ID',
  clientAuthClientIdHint: 'Leave blank and Okta generates one.',

  scimTitle: 'Provisioning',
  scimEnable: 'Enable SCIM provisioning',
  scimEnableHint: 'Okta creates, updates and deactivates the app’s users through its SCIM 2.0 API.',
  scimBaseUrl: 'SCIM connector base URL',
  scimBaseUrlHint: 'e.g. https://app.example.com/scim/v2',
  scimUserIdField: 'Unique identifier field for users',
  scimUserIdFieldHint: 'A SCIM attribute; userName when blank.',
  scimActionsLabel: 'Supported provisioning actions',
  scimFeatures: {
    import: 'Import New Users and Profile Updates',
    importGroups: 'Import Groups',
    create: 'Push New Users',
    update: 'Push Profile Updates',
    groupPush: 'Push Groups',
    deactivate: 'Deactivate Users',
    reactivate: 'Reactivate Users',
    syncPassword: 'Sync Password',
  } as Readonly<Record<string, string>>,
  scimActions: {
    importNewUsersAndProfileUpdates: 'Import New Users and Profile Updates',
    importGroups: 'Import Groups',
    pushNewUsers: 'Push New Users',
    pushProfileUpdates: 'Push Profile Updates',
    pushGroups: 'Push Groups',
    pushUserDeactivation: 'Deactivate Users',
    reactivateUsers: 'Reactivate Users',
    syncPassword: 'Sync Password',
  } as Readonly<Record<string, string>>,
  scimAuthMode: 'Authentication Mode',
  scimAuthModes: { bearer: 'HTTP Header', basic: 'Basic Auth', oauth2: 'OAuth 2' } as Readonly<Record<string, string>>,
  scimToken: 'Authorization (Bearer token)',
  scimTokenHint: 'Sent as “Authorization: Bearer …”; it is never shown again.',
  scimUsername: 'Username',
  scimPassword: 'Password',
  scimTokenUrl: 'Access token endpoint URI',
  scimClientId: 'Client ID',
  scimClientSecret: 'Client secret',
  scimTestConnector: 'Test Connector Configuration',
  connectorRunning: 'Testing the connector…',
  connectorReportPassed: 'Connector configured successfully',
  connectorReportFailed: (failed: number) => (failed === 1 ? '1 check failed' : `${failed} checks failed`),
  connectorPassed: 'Passed',
  connectorFailed: 'Failed',
  connectorWarning: 'Warning',
  connectorSkipped: 'Skipped',
  connectorEvidence: (count: number) => (count === 1 ? 'Evidence: 1 request' : `Evidence: ${count} requests`),
  connectorNoResponse: 'no response',
  connectorElapsed: (ms: number) => `${Math.round(ms)} ms`,
  connectorActions: 'Provisioning actions the server supports',
  connectorSupported: 'supported',
  connectorUnsupported: 'not supported',

  samlMetadataTitle: 'Paste or upload SP metadata',
  samlMetadataHint:
    'Fill this form from the metadata XML your service provider publishes. You can change every value afterwards.',
  samlMetadataPaste: 'SP metadata XML',
  samlMetadataImport: 'Fill from metadata',
  samlMetadataUpload: 'Upload an SP metadata file',
  samlMetadataReading: 'Reading the metadata…',
  samlMetadataFilled: 'Filled from the metadata:',
  samlMetadataAllFilled: 'Everything the metadata declares was filled in.',
  samlMetadataNotFilled: 'Could not fill:',
  samlMetadataFields: {
    ssoUrl: 'Single sign-on URL',
    audience: 'Audience URI (SP Entity ID)',
    acsEndpoints: 'Other Requestable SSO URLs',
    nameIdFormat: 'Name ID format',
    singleLogout: 'Single Logout',
    spCertificate: 'Signature Certificate',
    assertionEncryption: 'Assertion Encryption',
  } as Readonly<Record<string, string>>,
  samlMetadataTooLarge: 'This file is too large to be SP metadata (1 MB at most).',
};

/** The shape every locale's protocol-form strings must match. */
export type ProtocolFormsTranslation = typeof protocolFormsEn;

/** What the protocol forms read: an element's form dictionary with the protocol-form strings. */
export type ProtocolFormsTerms = FormsTerms & ProtocolFormsTranslation;

const merged = new WeakMap<FormsTerms, ProtocolFormsTerms>();

/**
 * `terms` with English protocol-form strings wherever it has none: a registered dictionary that
 * carries them (the French one does) wins, English is only the fallback.
 */
export function withProtocolFormsTerms(terms: FormsTerms): ProtocolFormsTerms {
  let withForms = merged.get(terms);
  if (withForms === undefined) {
    withForms = { ...protocolFormsEn, ...terms };
    merged.set(terms, withForms);
  }
  return withForms;
}
