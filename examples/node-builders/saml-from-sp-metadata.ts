// A SAML app from the service provider's metadata: read sp-metadata.xml (bounded, untrusted XML),
// define the app, print Okta's body, then create it and print the IdP metadata for the SP.
import { readFile } from 'node:fs/promises';
import { define, parseSpMetadata, toOktaApp } from '@integrakit/protocols/saml';
import { orgClient, print } from './org.js';

const xml = await readFile(new URL('./sp-metadata.xml', import.meta.url), 'utf8');
const sp = await parseSpMetadata(xml);
console.log(`SP ${sp.entityId}: ACS ${sp.acs.map((acs) => acs.url).join(', ')}`);
for (const note of sp.notes) console.log(`note: ${note}`);

// The metadata gives the URLs and formats; the label is ours to choose.
const config = define({ ...sp.config, label: 'Team wiki' });
const body = toOktaApp(config);
print('Okta app body (POST /api/v1/apps):', body);

const client = orgClient();
if (client !== undefined) {
  const app = await client.apps.create(body);
  console.log(`\ncreated ${app.label} (${app.signOnMode}) as ${app.id}, status ${app.status}`);
}
