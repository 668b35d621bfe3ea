import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * The shared reference data (Okta OpenAPI spec, XSDs, SCIM specs): `$INTEGRAKIT_REFERENCE_DIR`,
 * else `../shared/reference` beside the repository. `undefined` when it is absent.
 */
export function referenceDir(): string | undefined {
  const configured = process.env.INTEGRAKIT_REFERENCE_DIR ?? '../shared/reference';
  const dir = isAbsolute(configured) ? configured : resolve(repoRoot, configured);
  return existsSync(dir) ? dir : undefined;
}

/** Absolute path of a file in the reference data; only call inside {@link describeWithReference}. */
export function referencePath(...parts: string[]): string {
  const dir = referenceDir();
  if (dir === undefined) throw new Error('reference data is absent');
  return join(dir, ...parts);
}

/**
 * `describe` for checks that need the reference data. Where it is absent (a clone elsewhere) the
 * block is skipped with a visible message naming it; here and in CI it always runs.
 */
export function describeWithReference(name: string, body: () => void): void {
  if (referenceDir() === undefined) {
    console.warn(`[integrakit] skipping "${name}": reference data not found (set INTEGRAKIT_REFERENCE_DIR)`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}
