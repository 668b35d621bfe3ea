import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Debian's `xmllint` (package libxml2-utils, which `.ci/run` installs), when the machine has it. */
const systemXmllint = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((path) => existsSync(path));

/** `xmllint --nonet --noout --schema <entry> <file>` with the system binary. */
function validateWithSystemXmllint(xmllint: string, xml: string, entry: EntrySchema): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ik-xsd-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, xml);
    execFileSync(xmllint, ['--nonet', '--noout', '--schema', referencePath('xsd', entry), file], { stdio: 'pipe' });
    return [];
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith('fails to validate'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * XSD validation by libxml2 twice where possible: `xmllint --nonet --noout --schema <entry>` (the
 * system binary, when installed) and the same library compiled to WebAssembly with every vendored
 * XSD preloaded under its bare file name. A document is valid only when every validator says so.
 */
export async function validateAgainstXsd(
  xml: string,
  entry: EntrySchema,
): Promise<{ valid: boolean; errors: string[] }> {
  const wasm = await validateWithWasm(xml, entry);
  if (systemXmllint === undefined) return wasm;
  const cli = validateWithSystemXmllint(systemXmllint, xml, entry);
  return { valid: wasm.valid && cli.length === 0, errors: [...wasm.errors, ...cli.map((line) => `xmllint: ${line}`)] };
}

async function validateWithWasm(xml: string, entry: EntrySchema): Promise<{ valid: boolean; errors: string[] }> {
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
