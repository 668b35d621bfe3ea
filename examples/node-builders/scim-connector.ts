// A SCIM 2.0 connector and its test, as Okta's "Test Connector Configuration" does it: define the
// connection (SCIM_BASE_URL and SCIM_TOKEN, a bearer token), run the checks against the live
// server and print the report (safe to log: credentials are redacted), then Okta's provisioning
// body for the app.
import { define, Secret, testConnector, toOktaApp } from '@integrakit/protocols/scim';
import { print } from './org.js';

const baseUrl = process.env.SCIM_BASE_URL;
const token = process.env.SCIM_TOKEN;
if (baseUrl === undefined || token === undefined) {
  console.error('Set SCIM_BASE_URL and SCIM_TOKEN to your SCIM server (e.g. https://app.example.com/scim/v2).');
  process.exit(2);
}

const config = define({
  baseUrl,
  actions: ['pushNewUsers', 'pushProfileUpdates', 'pushUserDeactivation', 'importNewUsersAndProfileUpdates'],
  auth: { type: 'bearer', token: new Secret(token) },
});

// `probeUser` creates, reads, updates and deactivates one test user, so write support is checked too.
const report = await testConnector(config, { probeUser: true, timeout: 5_000 });
for (const check of report.checks) {
  const mark = check.skipped ? 'skip' : check.ok ? 'ok' : check.severity === 'error' ? 'FAIL' : 'warn';
  console.log(`${mark.padEnd(4)} ${check.id}: ${check.message}`);
}
console.log(
  `\nconnector ${report.ok ? 'passes' : 'fails'}; actions supported: ${report.actions
    .filter((action) => action.supported)
    .map((action) => action.action)
    .join(', ')}`,
);
print('Okta provisioning body:', toOktaApp(config));
process.exitCode = report.ok ? 0 : 1;
