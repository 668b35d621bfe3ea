import { readdirSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { referencePath } from '../../test-utils/reference.js';

/** Entry schemas in `shared/reference/xsd` that tests validate against. */
export type EntrySchema =
  | 'bundle-metadata.xsd'
  | 'saml-schema-metadata-2.0.xsd'
  | 'ws-federation.xsd'
  | 'saml-schema-protocol-2.0.xsd';

let schemas: { fileName: string; contents: string }[] | undefined;

function allSchemas() {
  schemas ??= readdirSync(referencePath('xsd'))
    .filter((name) => name.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(referencePath('xsd', fileName), 'utf8') }));
  return schemas;
}

/**
 * `xmllint --nonet --noout --schema <entry>` through libxml2 compiled to WebAssembly (no apt):
 * the entry schema plus every other vendored XSD preloaded under its bare file name.
 */
export async function validateAgainstXsd(
  xml: string,
  entry: EntrySchema,
): Promise<{ valid: boolean; errors: string[] }> {
  const all = allSchemas();
  const schema = all.find((s) => s.fileName === entry);
  if (schema === undefined) throw new Error(`unknown schema ${entry}`);
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload: all.filter((s) => s !== schema),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
