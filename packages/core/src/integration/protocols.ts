/** Protocol modules an integration's sign-on can use (folders of `@integrakit/protocols`). */
export const SIGN_ON_PROTOCOLS = ['oidc', 'saml', 'wsfed', 'swa', 'bookmark', 'api-service'] as const;

/** One of {@link SIGN_ON_PROTOCOLS}. */
export type SignOnProtocol = (typeof SIGN_ON_PROTOCOLS)[number];

/** The catalog's protocol labels mapped to protocol modules. */
export const CATALOG_PROTOCOLS = {
  SAML: 'saml',
  OIDC: 'oidc',
  SWA: 'swa',
  'WS-Federation': 'wsfed',
} as const satisfies Record<string, SignOnProtocol>;
