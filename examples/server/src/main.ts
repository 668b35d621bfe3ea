// The reference server's entry. Until the Apps API and the portal land, it checks that the built
// packages load as a consumer would load them and says what it will serve.
import { IntegrakitError } from '@integrakit/core';
import { ConfigValidationError } from '@integrakit/protocols';

const port = Number(process.env.PORT ?? 4400);
const loaded = [IntegrakitError, ConfigValidationError].map((value) => value.name).join(', ');

console.log(`Integrakit reference server (preview): packages built and loaded (${loaded}).`);
console.log(`It will serve the Okta-compatible Apps API and the example portal at http://localhost:${port}.`);
