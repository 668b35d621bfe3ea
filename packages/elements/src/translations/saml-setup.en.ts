/** English strings of the SAML setup instructions (`internal/saml-setup/`); spread into the forms' strings. */
export const samlSetupEn = {
  setupTitle: 'SAML Setup Instructions',
  setupIntro: 'Enter these values in the service provider’s SAML settings, or give it the IdP metadata.',
  setupLoading: 'Loading the setup instructions…',
  setupSsoUrl: 'Identity Provider Single Sign-On URL',
  setupIssuer: 'Identity Provider Issuer',
  setupCertificate: 'X.509 Certificate',
  setupSha1: 'SHA-1 Fingerprint',
  setupSha256: 'SHA-256 Fingerprint',
  setupMetadataUrl: 'Metadata URL',
  setupDownloadCertificate: 'Download certificate',
  setupDownloadMetadata: 'Download IdP metadata',
  setupCopyShort: 'Copy',
  setupCopy: (what: string) => `Copy ${what}`,
  setupCopied: (what: string) => `${what} copied.`,
  setupCopyFailed: 'The browser did not allow copying; select the text instead.',
  setupUnreadable: (field: string, rule: string) => `The IdP metadata could not be read (${field}: ${rule}).`,
  setupFailed: 'The setup instructions could not be loaded. Reload the page to try again.',
};

/** The SAML setup strings every dictionary provides. */
export type SamlSetupTerms = typeof samlSetupEn;
