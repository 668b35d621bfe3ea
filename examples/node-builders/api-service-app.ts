// An API service integration (machine-to-machine, client_credentials with private_key_jwt): make
// a key pair, define the service with its public key and Okta API scopes, create the app in the
// org and grant the scopes. The private key stays here; print it nowhere in real code.
import { define, generateClientKeyPair, toGrantRequests, toOktaApp } from '@integrakit/protocols/api-service';
import { orgClient, print } from './org.js';

const keys = await generateClientKeyPair({ alg: 'ES256' });
const config = define({
  label: 'User sync service',
  scopes: ['okta.users.read', 'okta.groups.read'],
  clientAuth: { method: 'private_key_jwt', jwks: keys.jwks },
});

const body = toOktaApp(config);
print('Okta app body (POST /api/v1/apps):', body);

const client = orgClient();
if (client !== undefined) {
  const app = await client.apps.create(body);
  console.log(`\ncreated ${app.label} (${app.signOnMode}) as ${app.id}`);
  const issuer = process.env.ORG_URL ?? 'http://127.0.0.1:4400';
  for (const grant of toGrantRequests(config, { issuer })) {
    const granted = await client.grants.grant(app.id, grant);
    console.log(`granted ${granted.scopeId}`);
  }
}
