// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { defaultProtocols } from '../default-protocols.js';
import type { IntegrationDraft } from '../model.js';
import { validateIntegration } from '../validate.js';
import { apiServiceDraft, oidcDraft, samlDraft, scimConnection, swaSyncDraft } from './drafts.js';

const validate = (input: unknown) => validateIntegration(input, { protocols: defaultProtocols });

/** One validated integration per protocol, with the integration-level fields away from their defaults. */
export function sampleIntegrations(): Record<string, IntegrationDraft> {
  return {
    saml: validate({
      ...samlDraft,
      visibility: { autoLaunch: true, hide: { web: false, iOS: true } },
      username: { template: { type: 'CUSTOM', template: 'String.toLowerCase(user.email)' }, updateOn: 'CREATE_ONLY' },
      provisioning: {
        type: 'scim',
        connection: scimConnection,
        features: { create: true, update: true, import: true },
      },
    }),
    swa: validate({ ...swaSyncDraft, username: { template: { type: 'BUILT_IN', template: '${source.email}' } } }),
    'swa auto-login with reveal': validate({
      kind: 'custom',
      label: 'Intranet',
      revealPassword: true,
      signOn: { protocol: 'swa', config: { mode: 'AUTO_LOGIN', loginUrl: 'https://intranet.example.com/login' } },
    }),
    oidc: validate({ ...oidcDraft, username: { template: { type: 'NONE' } } }),
    wsfed: validate({
      kind: 'custom',
      label: 'SharePoint',
      signOn: {
        protocol: 'wsfed',
        config: {
          realm: 'urn:sharepoint:acme',
          replyUrl: 'https://sp.example.com/_trust/',
          siteUrl: 'https://sp.example.com',
          nameIdFormat: 'emailAddress',
          audienceRestriction: 'urn:sharepoint:acme',
          authnContextClassRef: 'PasswordProtectedTransport',
          groupValueFormat: 'windowsDomainQualifiedName',
          usernameAttribute: 'upn',
        },
      },
    }),
    bookmark: validate({
      kind: 'custom',
      label: 'Wiki',
      signOn: { protocol: 'bookmark', config: { url: 'https://wiki.example.com' } },
    }),
    'api-service': validate(apiServiceDraft),
    catalog: validate({
      kind: 'catalog',
      catalogEntry: 'acme',
      label: 'Acme',
      tenantSettings: { subdomain: 'tenant1' },
      signOn: {
        protocol: 'swa',
        config: {
          mode: 'BROWSER_PLUGIN',
          loginUrl: 'https://tenant1.acme.example.com/login',
          usernameSelector: '#u',
          passwordSelector: '#p',
          submitSelector: '#b',
        },
      },
    }),
  };
}
