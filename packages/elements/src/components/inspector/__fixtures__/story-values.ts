// Fixed values for the inspector's stories: a token and responses written out with fixed times, so
// each story shows the same state on every load (`now` is fixed too). Tests use real signed ones
// (test-commands/fixtures.ts); nothing here is signed, which the stories' reports say.

export const STORY_NOW = new Date('2026-12-07T09:00:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;
const segment = (value: unknown) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

export const storyOidcApp = {
  id: '0oa1storyoidc',
  label: 'Team Portal',
  signOnMode: 'OPENID_CONNECT',
  status: 'ACTIVE',
  created: '2026-12-01T00:00:00.000Z',
  lastUpdated: '2026-12-01T00:00:00.000Z',
  credentials: { oauthClient: { client_id: '0oa1storyclient' } },
};

export const storySamlApp = {
  id: '0oa1storysaml',
  label: 'Team Wiki',
  signOnMode: 'SAML_2_0',
  status: 'ACTIVE',
  created: '2026-12-01T00:00:00.000Z',
  lastUpdated: '2026-12-01T00:00:00.000Z',
  // toOktaApp's output for this app (assertion signed, response not), frozen so stories need no protocol code.
  settings: {
    signOn: {
      ssoAcsUrl: 'https://wiki.example.test/saml/acs',
      recipient: 'https://wiki.example.test/saml/acs',
      destination: 'https://wiki.example.test/saml/acs',
      audience: 'https://wiki.example.test/saml/metadata',
      idpIssuer: 'http://www.okta.com/exk1story',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Okta's template text, not a JS template.
      subjectNameIdTemplate: '${user.userName}',
      subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      responseSigned: false,
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
};

/** An ID token for the story OIDC app, issued at `iat`. */
export function storyIdToken(iat = '2026-12-07T08:30:00Z'): string {
  const claims = {
    iss: 'https://integrakit.okta.test',
    sub: '00u1alice',
    aud: storyOidcApp.credentials.oauthClient.client_id,
    iat: seconds(iat),
    exp: seconds(iat) + 3600,
    email: 'alice@example.test',
  };
  return `${segment({ alg: 'RS256', kid: 'story' })}.${segment(claims)}.c2lnbmF0dXJl`;
}

const assertion = (id: string, audience: string, nameId: string) =>
  `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="2026-12-07T08:59:00Z"><saml:Issuer>http://www.okta.com/exk1story</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${nameId}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="2026-12-07T09:04:00Z" Recipient="https://wiki.example.test/saml/acs"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="2026-12-07T08:58:00Z" NotOnOrAfter="2026-12-07T09:04:00Z"><saml:AudienceRestriction><saml:Audience>${audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>alice@example.test</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>`;

/** A SAML response (XML) whose assertions are given. */
export function storyResponse(...assertions: string[]): string {
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_story" Version="2.0" IssueInstant="2026-12-07T08:59:00Z" Destination="https://wiki.example.test/saml/acs"><saml:Issuer>http://www.okta.com/exk1story</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${assertions.join('')}</samlp:Response>`;
}

export const storyGoodAssertion = assertion('_a1', storySamlApp.settings.signOn.audience, 'alice@example.test');
export const storyWrongAudience = assertion('_a1', 'https://other.example.test/sp', 'alice@example.test');
export const storyEvilAssertion = assertion('_evil', storySamlApp.settings.signOn.audience, 'mallory@example.test');
