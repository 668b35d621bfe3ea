import { readdirSync } from 'node:fs';
import { buildResponse, define, signResponse } from '@integrakit/protocols/saml';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSigningKey } from '../../apps/signing-key.js';
import type { SigningKeyMaterial } from './signing-messages.js';
import { createSigningPool, type ResponseSigner, SigningBusyError, SigningFailedError } from './signing-pool.js';

// Each worker loads tsx, zod and xml-crypto before its first job: seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const config = define({
  label: 'Pool',
  ssoUrl: 'https://sp.example.test/acs',
  audience: 'https://sp.example.test/metadata',
});
const faultyWorker = new URL('./__fixtures__/faulty-signing-worker.mjs', import.meta.url);
let key: SigningKeyMaterial;
const pools: ResponseSigner[] = [];

/** A pool closed after the test, whatever the test's outcome. */
function pool(options: Parameters<typeof createSigningPool>[0]) {
  const created = createSigningPool(options);
  pools.push(created);
  return created;
}

/** The unsigned response for a person named `nameId`, as the sandbox builds it before signing. */
const unsignedFor = (nameId: string) =>
  buildResponse({ ...config, assertionSigned: false, responseSigned: false }, { nameId }, pem());

/** The key as `signResponse` takes it (without the kid the pool files it under). */
const pem = () => ({ privateKey: key.privateKey, certificate: key.certificate });
/** What signing on the main thread gives. */
const inline = (unsigned: string) => signResponse(unsigned, config, pem());

/** This process's threads (Linux): the main thread, libuv's, V8's, and any worker. */
const threads = () => readdirSync('/proc/self/task').length;

beforeAll(async () => {
  const generated = await generateSigningKey({ subject: 'pool', validityYears: 1, now: new Date() });
  key = { kid: generated.kid, privateKey: generated.privateKey, certificate: generated.certificate };
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('createSigningPool', () => {
  it('signs exactly as the main thread does (RSA PKCS#1 v1.5 signatures are deterministic)', async () => {
    const signer = pool({ size: 2 });
    const unsigned = [await unsignedFor('ada@example.test'), await unsignedFor('grace@example.test')];
    const inPool = await Promise.all(unsigned.map((xml) => signer.sign(xml, config, key)));
    expect(inPool).toEqual(await Promise.all(unsigned.map(inline)));
    expect(inPool[0]).toContain('<ds:SignatureValue>');
  });

  it('checks each key once, when it reaches a worker: a bad one fails its jobs, not the worker', async () => {
    const signer = pool({ size: 1 });
    const unsigned = await unsignedFor('ada@example.test');
    const bad = { ...key, kid: 'bad', certificate: 'not a certificate' };
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(signer.sign(unsigned, config, bad)).rejects.toThrow(/^signing failed: Invalid configuration/);
    }
    expect(await signer.sign(unsigned, config, key)).toBe(await inline(unsigned));
  });

  it('refuses a job with SigningBusyError when every worker is busy and the queue is full', async () => {
    const signer = pool({ size: 1, maxQueued: 1 });
    const unsigned = await unsignedFor('ada@example.test');
    const running = signer.sign(unsigned, config, key);
    const queued = signer.sign(unsigned, config, key);
    await expect(signer.sign(unsigned, config, key)).rejects.toBeInstanceOf(SigningBusyError);
    expect(await running).toBe(await queued);
  });

  it('fails the job of a crashed worker cleanly, and the next job gets a new worker', async () => {
    const signer = pool({ size: 1, workerUrl: faultyWorker });
    await expect(signer.sign(await unsignedFor('crash-this-worker'), config, key)).rejects.toThrow(
      new SigningFailedError('the signing worker crashed'),
    );
    const unsigned = await unsignedFor('ada@example.test');
    expect(await signer.sign(unsigned, config, key)).toBe(await inline(unsigned));
  });

  it('fails a job past its deadline and replaces the worker stuck in it (which is ended, not left running)', async () => {
    const before = threads();
    const signer = pool({ size: 1, deadlineMs: 60_000, workerUrl: faultyWorker });
    const unsigned = await unsignedFor('ada@example.test');
    // The first job starts the worker, so the hung one is not waiting on a worker's start.
    await signer.sign(unsigned, config, key);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const hung = signer.sign(await unsignedFor('hang-this-worker'), config, key);
      const failure = expect(hung).rejects.toThrow(new SigningFailedError('signing took longer than 60000 ms'));
      vi.advanceTimersByTime(60_000);
      await failure;
    } finally {
      vi.useRealTimers();
    }
    expect(await signer.sign(unsigned, config, key)).toBe(await inline(unsigned));
    await signer.close();
    await expect.poll(threads).toBeLessThanOrEqual(before);
  });

  it('signs the job posted behind one that overran in the next worker, and does not fail it', async () => {
    const signer = pool({ size: 1, deadlineMs: 60_000, workerUrl: faultyWorker });
    const unsigned = await unsignedFor('ada@example.test');
    await signer.sign(unsigned, config, key);
    const hangs = await unsignedFor('hang-this-worker');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let next: Promise<string>;
    try {
      const hung = signer.sign(hangs, config, key);
      // Posted to the same worker while it runs the first: it waits in that worker's port.
      next = signer.sign(unsigned, config, key);
      const failure = expect(hung).rejects.toThrow(new SigningFailedError('signing took longer than 60000 ms'));
      vi.advanceTimersByTime(60_000);
      await failure;
    } finally {
      vi.useRealTimers();
    }
    expect(await next).toBe(await inline(unsigned));
  });

  it('fails the jobs posted to a worker but not started when the pool closes', async () => {
    const signer = pool({ size: 1, workerUrl: faultyWorker });
    const unsigned = await unsignedFor('ada@example.test');
    await signer.sign(unsigned, config, key);
    const hung = signer.sign(await unsignedFor('hang-this-worker'), config, key);
    const next = signer.sign(unsigned, config, key);
    const failures = [hung, next].map((job) =>
      expect(job).rejects.toThrow(new SigningFailedError('the signing pool is closed')),
    );
    await signer.close();
    await Promise.all(failures);
  });

  it('ends every worker thread on close, and refuses jobs after it', async () => {
    const before = threads();
    const signer = pool({ size: 2 });
    const unsigned = await unsignedFor('ada@example.test');
    await Promise.all([signer.sign(unsigned, config, key), signer.sign(unsigned, config, key)]);
    expect(threads()).toBeGreaterThan(before);
    await signer.close();
    await expect.poll(threads).toBeLessThanOrEqual(before);
    await expect(signer.sign(unsigned, config, key)).rejects.toBeInstanceOf(SigningFailedError);
  });
});
