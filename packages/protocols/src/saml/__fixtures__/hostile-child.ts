/**
 * Runs one hostile input through the SAML parsers in a child process with a small heap (see
 * inspect.memory.test.ts) and prints `{ outcome, rssMiB }`: the refusal code, or `inspected`.
 */
import { ConfigValidationError } from '../../errors.js';
import { inspectResponse } from '../inspect.js';
import { buildResponse } from '../response.js';
import { parseSpMetadata } from '../sp-metadata.js';
import { idpIdentity, spConfig } from './config.js';

const RESPONSE_OPEN =
  '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0" IssueInstant="2030-01-01T00:00:00Z">';
const nested = (levels: number) => `${'<x>'.repeat(levels)}${'</x>'.repeat(levels)}`;

async function stuffedSignatures(count: number): Promise<string> {
  const idp = idpIdentity();
  const good = await buildResponse(
    spConfig(),
    { nameId: 'alice@example.test' },
    { privateKey: idp.privateKeyPem, certificate: idp.pem },
  );
  const signature = /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(good)?.[0] ?? '';
  return good.replace(
    '<samlp:Status>',
    `<samlp:Extensions>${signature.repeat(count)}</samlp:Extensions><samlp:Status>`,
  );
}

const cases: Record<string, () => Promise<unknown>> = {
  // ~980 KB: 140,000 levels, the most 1 MB of text can nest.
  'deep-response': () => inspectResponse(`${RESPONSE_OPEN}${nested(140_000)}</samlp:Response>`, spConfig()),
  'deep-metadata': () =>
    parseSpMetadata(
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">${nested(140_000)}</EntityDescriptor>`,
    ),
  // ~1 MB of empty elements.
  'wide-response': () => inspectResponse(`${RESPONSE_OPEN}${'<x/>'.repeat(245_000)}</samlp:Response>`, spConfig()),
  'stuffed-signatures': async () => {
    const idp = idpIdentity();
    return inspectResponse(await stuffedSignatures(412), spConfig(), { idpCertificate: idp.pem });
  },
};

const run = cases[process.argv[2] ?? ''];
if (run === undefined) throw new Error(`unknown case; one of ${Object.keys(cases).join(', ')}`);
const outcome = await run().then(
  () => 'inspected',
  (error: unknown) => (error instanceof ConfigValidationError ? error.issues[0]?.code : `${error}`),
);
process.stdout.write(JSON.stringify({ outcome, rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
