import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Memory cases of the hostile-input suite: each ~1 MB input runs in a child process whose heap is
// capped, so an unbounded parser would crash the child (and fail this test) instead of this runner.
const HEAP_MIB = 192;
const child = fileURLToPath(new URL('./__fixtures__/hostile-child.ts', import.meta.url));
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

async function runCase(name: string): Promise<{ outcome: string; rssMiB: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`--max-old-space-size=${HEAP_MIB}`, '--conditions=@integrakit/source', '--import', 'tsx', child, name],
    { cwd: packageRoot, timeout: 120_000 },
  );
  return JSON.parse(stdout);
}

describe(`hostile ~1 MB XML in a child process with a ${HEAP_MIB} MiB heap`, () => {
  it.each([
    ['deep-response', 'too_deep'],
    ['deep-metadata', 'too_deep'],
    ['wide-response', 'too_many_elements'],
    ['stuffed-signatures', 'too_many_signatures'],
  ])('%s survives and is refused with %s', { timeout: 150_000 }, async (name, code) => {
    const result = await runCase(name);
    expect(result.outcome).toBe(code);
  });
});
