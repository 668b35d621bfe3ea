import { createDefiner } from '@integrakit/protocols';
import { z } from 'zod';
import { bindModule, type ProtocolRegistry } from '../registry.js';

// Small stand-in protocol modules built with the real define machinery, so core's tests exercise the
// registry seam independently of the full protocol schemas.
const url = z.url({ protocol: /^https?$/ });

const modules = {
  saml: createDefiner(z.strictObject({ ssoUrl: url, audience: z.string().min(1) })),
  oidc: createDefiner(
    z.object({
      applicationType: z.enum(['web', 'browser', 'native', 'service']),
      redirectUris: z.array(url).default([]),
    }),
  ),
  wsfed: createDefiner(z.object({ realm: z.string().min(1), replyUrl: url })),
  swa: createDefiner(
    z.object({
      loginUrl: url,
      scheme: z.enum(['EDIT_USERNAME_AND_PASSWORD', 'SHARED_USERNAME_AND_PASSWORD']).optional(),
    }),
  ),
  bookmark: createDefiner(z.object({ url })),
  'api-service': createDefiner(z.object({ scopes: z.array(z.string().startsWith('okta.')).min(1) })),
  scim: createDefiner(z.object({ baseUrl: url })),
};

/** A registry with every protocol key, each refusing obviously invalid configs. */
export const testProtocols: ProtocolRegistry = Object.fromEntries(
  Object.entries(modules).map(([key, module]) => [key, bindModule(module)]),
);

/** A minimal valid custom SAML draft. */
export const samlDraft = {
  kind: 'custom',
  label: 'Acme SAML',
  signOn: { protocol: 'saml', config: { ssoUrl: 'https://acme.example.com/acs', audience: 'acme' } },
} as const;

/** A minimal valid custom SWA draft with Sync Password provisioning. */
export const swaSyncDraft = {
  kind: 'custom',
  label: 'Acme SWA',
  signOn: { protocol: 'swa', config: { loginUrl: 'https://acme.example.com/login' } },
  provisioning: {
    type: 'scim',
    connection: { baseUrl: 'https://acme.example.com/scim/v2' },
    features: { syncPassword: true },
  },
} as const;
