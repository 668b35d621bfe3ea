import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { describeWithReference, referencePath } from '../test-utils/reference.js';
import { type EntrySchema, validateAgainstXsd } from './__fixtures__/xsd.js';

// libxml2 in WebAssembly takes a few hundred ms per document on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const read = (...parts: string[]) => readFileSync(referencePath('samples', ...parts), 'utf8');

// The XSD helper every metadata test relies on must itself be able to fail: the shared samples
// give known-good and known-bad documents with the errors xmllint reports.
describeWithReference('XSD validation helper (xmllint-wasm)', () => {
  const cases: [string[], EntrySchema, boolean, RegExp?][] = [
    [['idp-metadata.xml'], 'saml-schema-metadata-2.0.xsd', true],
    [['sp-metadata.xml'], 'saml-schema-metadata-2.0.xsd', true],
    [['wsfed-metadata.xml'], 'ws-federation.xsd', true],
    [['saml-response-signed.xml'], 'saml-schema-protocol-2.0.xsd', true],
    [['invalid', 'idp-missing-entityid.xml'], 'saml-schema-metadata-2.0.xsd', false, /entityID' is required/],
    [['invalid', 'idp-bad-element-order.xml'], 'saml-schema-metadata-2.0.xsd', false, /NameIDFormat.*not expected/],
    [['invalid', 'idp-extended-bad-mdui-logo.xml'], 'bundle-metadata.xsd', false, /height' is required/],
    [['invalid', 'wsfed-missing-sts-endpoint-bad-order.xml'], 'ws-federation.xsd', false, /PassiveRequestorEndpoint/],
    [['invalid', 'saml-response-bad-order.xml'], 'saml-schema-protocol-2.0.xsd', false, /Version' is required/],
  ];
  it.each(cases)('%j against %s → valid %s', async (file, schema, valid, error) => {
    const result = await validateAgainstXsd(read(...file), schema);
    expect(result.valid).toBe(valid);
    if (error !== undefined) expect(result.errors.join('\n')).toMatch(error);
  });
});
