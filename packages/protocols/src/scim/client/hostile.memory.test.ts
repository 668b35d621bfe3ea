import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileServer, startHostileServer } from '../__fixtures__/hostile-server.js';
import { DEFAULT_MAX_BODY_BYTES } from './transport.js';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

const child = fileURLToPath(new URL('../__fixtures__/hostile-child.ts', import.meta.url));
const RSS_LIMIT_MB = 256;

/** Runs the hostile child with a 64 MB heap and an RSS watchdog; its exit code and JSON verdict. */
function runChild(baseUrl: string, kind: 'client' | 'connector'): Promise<{ code: number | null; result: unknown }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--max-old-space-size=64',
        '--conditions=@integrakit/source',
        '--import',
        'tsx',
        child,
        baseUrl,
        kind,
        String(RSS_LIMIT_MB),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      resolve({ code, result: line.startsWith('{') ? JSON.parse(line) : out });
    });
  });
}

describe('memory under hostile bodies, in a child process with a 64 MB heap and a 256 MB RSS cap', () => {
  it('survives an endless body with a typed error', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/endless`, 'client');
    expect(result).toMatchObject({ outcome: 'error', name: 'ScimError', code: 'ERR_SCIM_TOO_LARGE' });
    expect(code).toBe(0);
  });

  it('survives a 1 MiB gzip bomb with a typed error', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/bomb`, 'client');
    expect(result).toMatchObject({ outcome: 'error', name: 'ScimError', code: 'ERR_SCIM_TOO_LARGE' });
    expect(code).toBe(0);
  });

  it('runs testConnector against an endless server to a report', { timeout: 60_000 }, async () => {
    const { code, result } = await runChild(`${server.baseUrl}/endless`, 'connector');
    expect(result).toMatchObject({
      outcome: 'failed',
      firstFailure: `GET /ServiceProviderConfig failed: the response body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes`,
    });
    expect(code).toBe(0);
  });
});
