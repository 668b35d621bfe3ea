// An OIDC web app (authorization code + refresh token): the validated config, Okta's
// `POST /api/v1/apps` body, the RFC 7591 client metadata, then the app created in the org.
import { define, toClientMetadata, toOktaApp } from '@integrakit/protocols/oidc';
import { orgClient, print } from './org.js';

// Bad input throws ConfigValidationError naming each field and rule (try an http:// redirect URI).
const config = define({
  label: 'Customer portal',
  applicationType: 'web',
  grantTypes: ['authorization_code', 'refresh_token'],
  redirectUris: ['https://portal.example.com/callback'],
  postLogoutRedirectUris: ['https://portal.example.com/'],
});

const body = toOktaApp(config);
print('Okta app body (POST /api/v1/apps):', body);
print('RFC 7591 client metadata:', toClientMetadata(config));

const client = orgClient();
if (client !== undefined) {
  const app = await client.apps.create(body);
  console.log(`\ncreated ${app.label} (${app.signOnMode}) as ${app.id}, status ${app.status}`);
}
