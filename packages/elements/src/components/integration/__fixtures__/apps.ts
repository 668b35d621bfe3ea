// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates are literal `${…}` text.
// Okta app bodies as the protocol modules' `toOktaApp` writes them (elements do not depend on
// @integrakit/protocols, so the tests send the JSON itself).

/** A custom SAML 2.0 app. */
export const samlAppBody = (label: string) => ({
  label,
  signOnMode: 'SAML_2_0',
  settings: {
    signOn: {
      ssoAcsUrl: 'https://sp.example.test/saml/acs',
      recipient: 'https://sp.example.test/saml/acs',
      destination: 'https://sp.example.test/saml/acs',
      audience: 'https://sp.example.test/saml',
      idpIssuer: 'http://www.okta.com/${org.externalKey}',
      subjectNameIdTemplate: '${user.userName}',
      subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
      responseSigned: true,
      assertionSigned: true,
      signatureAlgorithm: 'RSA_SHA256',
      digestAlgorithm: 'SHA256',
      honorForceAuthn: true,
      authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
      requestCompressed: false,
      allowMultipleAcsEndpoints: false,
      acsEndpoints: [],
      attributeStatements: [],
    },
  },
  credentials: { userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' } },
});

/** An OIDC web app with a client secret. */
export const oidcAppBody = (label: string) => ({
  name: 'oidc_client',
  label,
  signOnMode: 'OPENID_CONNECT',
  credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic', pkce_required: false } },
  settings: {
    oauthClient: {
      application_type: 'web',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: ['https://portal.example.test/cb'],
    },
  },
});

/** A bookmark app: the cheapest app to create. */
export const bookmarkAppBody = (label: string) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
});
