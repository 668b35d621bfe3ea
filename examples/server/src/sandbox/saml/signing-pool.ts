import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type SigningChoices, signResponse } from '@integrakit/protocols/saml';
import { type FromWorker, rememberKey, type SigningKeyMaterial, type ToWorker } from './signing-messages.js';

/** Every worker is busy and the queue is full: the request is refused with 503, not queued without end. */
export class SigningBusyError extends Error {
  override readonly name = 'SigningBusyError';
}

/** A signing job that did not finish: its worker crashed, did not start, overran its deadline, or the pool closed. */
export class SigningFailedError extends Error {
  override readonly name = 'SigningFailedError';
}

/** Signs unsigned SAML responses as their config asks (`signResponse`), on the main thread or in a pool. */
export interface ResponseSigner {
  sign(unsigned: string, config: SigningChoices, key: SigningKeyMaterial): Promise<string>;
  /** Stops the workers (a job still running fails); resolves once every thread has ended. */
  close(): Promise<void>;
}

/** Options of {@link createSigningPool}. */
export interface SigningPoolOptions {
  /** Worker threads. @default `availableParallelism() - 1` (a core left to the event loop), at least 1 */
  readonly size?: number;
  /** Jobs waiting beyond the one each worker runs; past it a job is refused with {@link SigningBusyError}. @default 64 */
  readonly maxQueued?: number;
  /** How long a worker may take over one job; past it the job fails and the worker is replaced. @default 10000 */
  readonly deadlineMs?: number;
  /** How long a worker may take to load; past it the jobs waiting fail. @default 120000 (a loaded machine) */
  readonly startTimeoutMs?: number;
  /** The worker module. @default `./signing-worker-loader.mjs` (which loads `./signing-worker.ts`) */
  readonly workerUrl?: URL;
}

/** Signing on the main thread: the event loop is blocked for each signature. */
export const inlineSigner: ResponseSigner = {
  sign: (unsigned, config, key) =>
    signResponse(unsigned, config, { privateKey: key.privateKey, certificate: key.certificate }),
  close: async () => {},
};

/**
 * The server runs from TypeScript sources through tsx. A worker thread does not get tsx from
 * `--import` (on Node 20 its hooks do not load the worker's own entry), so its entry is a small
 * module that registers tsx and then imports the worker, and it resolves the workspace packages to
 * their sources as the server does.
 */
const WORKER_EXEC_ARGV = ['--conditions=@integrakit/source'];

interface Job {
  readonly id: number;
  readonly unsigned: string;
  readonly config: SigningChoices;
  readonly key: SigningKeyMaterial;
  readonly resolve: (xml: string) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Jobs posted to a worker at once: the one it runs and the next, waiting in its port. With one at a
 * time, the worker sat idle after each job until the event loop got round to its answer and posted
 * the next (a fifth of its time in the SSO bench, with the event loop busy serving requests).
 */
const JOBS_PER_WORKER = 2;

/** A worker thread, the keys it holds (mirroring its own bounded map), and the jobs posted to it, oldest first. */
interface Slot {
  readonly worker: Worker;
  readonly keys: Map<string, true>;
  ready: boolean;
  /** The first runs; the worker takes the others in order once it is done. */
  readonly jobs: Job[];
  /** The start timeout until the worker is ready, then the running (first) job's deadline. */
  timer: NodeJS.Timeout | undefined;
}

/**
 * A fixed-size pool of `node:worker_threads` signers, so that the event loop is not blocked for whole
 * signatures: one job running per worker (and the next posted to it), a bounded queue, a deadline per job, a worker that
 * crashes or overruns replaced, each key posted to a worker once. Workers start on first use and do
 * not keep the process alive; {@link ResponseSigner.close} ends them.
 */
export function createSigningPool(options: SigningPoolOptions = {}): ResponseSigner {
  const size = Math.max(1, options.size ?? availableParallelism() - 1);
  const maxQueued = options.maxQueued ?? 64;
  const deadlineMs = options.deadlineMs ?? 10_000;
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  const workerUrl = options.workerUrl ?? new URL('./signing-worker-loader.mjs', import.meta.url);
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  const arm = (slot: Slot, ms: number, onTimeout: () => void) => {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(onTimeout, ms);
    slot.timer.unref();
  };

  /** Ends a worker that overran: the thread may be stuck, so it is terminated, not reused. */
  const overran = (slot: Slot, reason: string) => () => {
    retire(slot, reason);
    void slot.worker.terminate();
  };

  /** The running job's deadline, from when it starts. */
  const armDeadline = (slot: Slot) => arm(slot, deadlineMs, overran(slot, `signing took longer than ${deadlineMs} ms`));

  const run = (slot: Slot, job: Job) => {
    slot.jobs.push(job);
    if (slot.jobs.length === 1) armDeadline(slot);
    if (!slot.keys.has(job.key.kid)) {
      slot.worker.postMessage({ kind: 'key', ...job.key } satisfies ToWorker);
      rememberKey(slot.keys, job.key.kid, true);
    }
    const message: ToWorker = {
      kind: 'sign',
      job: job.id,
      kid: job.key.kid,
      unsigned: job.unsigned,
      config: job.config,
    };
    slot.worker.postMessage(message);
  };

  const failQueued = (reason: string) => {
    for (const job of queue.splice(0)) job.reject(new SigningFailedError(reason));
  };

  /**
   * A worker gone (crashed, overran, closed): the job it ran fails, the ones it had not started go
   * back to the front of the queue; one that never started fails the waiting jobs too.
   */
  function retire(slot: Slot, reason: string) {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.timer);
    const [running, ...notStarted] = slot.jobs.splice(0);
    running?.reject(new SigningFailedError(reason));
    queue.unshift(...notStarted);
    if (slot.ready) pump();
    else failQueued('the signing worker did not start');
  }

  const spawn = () => {
    const worker = new Worker(workerUrl, { execArgv: WORKER_EXEC_ARGV });
    worker.unref();
    const slot: Slot = { worker, keys: new Map(), ready: false, jobs: [], timer: undefined };
    arm(slot, startTimeoutMs, overran(slot, 'the signing worker did not start'));
    worker.on('message', (answer: FromWorker) => {
      if ('ready' in answer) {
        slot.ready = true;
        clearTimeout(slot.timer);
      } else {
        const index = slot.jobs.findIndex((job) => job.id === answer.job);
        if (index === -1) return;
        const [job] = slot.jobs.splice(index, 1) as [Job];
        clearTimeout(slot.timer);
        // The next job posted to it starts now.
        if (slot.jobs.length > 0) armDeadline(slot);
        if ('xml' in answer) job.resolve(answer.xml);
        else job.reject(new SigningFailedError(`signing failed: ${answer.error}`));
      }
      pump();
    });
    // The error itself is not passed on: a crash report could carry what the worker was holding.
    worker.on('error', () => retire(slot, 'the signing worker crashed'));
    worker.on('exit', () => retire(slot, 'the signing worker stopped'));
    slots.add(slot);
  };

  /**
   * Gives waiting jobs to workers (first one to each idle worker, then a next one to each), and
   * starts workers (up to the pool's size) for the rest.
   */
  function pump() {
    if (closed) return;
    for (let depth = 1; depth <= JOBS_PER_WORKER; depth++) {
      for (const slot of slots) {
        const job = slot.ready && slot.jobs.length < depth ? queue.shift() : undefined;
        if (job !== undefined) run(slot, job);
      }
    }
    const starting = [...slots].filter((slot) => !slot.ready).length;
    for (let count = starting; count < queue.length && slots.size < size; count++) spawn();
  }

  return {
    sign(unsigned, config, key) {
      if (closed) return Promise.reject(new SigningFailedError('the signing pool is closed'));
      // Every job not running waits, in the queue or posted to a worker.
      const posted = [...slots].reduce((sum, slot) => sum + slot.jobs.length, 0);
      if (queue.length + posted >= size + maxQueued) {
        return Promise.reject(new SigningBusyError(`all ${size} signing workers are busy and ${maxQueued} jobs wait`));
      }
      // Only what signing reads is posted: the whole app config was structured-cloned for every job.
      const { assertionSigned, responseSigned, signatureAlgorithm, digestAlgorithm } = config;
      const choices = { assertionSigned, responseSigned, signatureAlgorithm, digestAlgorithm };
      return new Promise<string>((resolve, reject) => {
        queue.push({ id: nextId++, unsigned, config: choices, key, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const ending = [...slots].map((slot) => {
        retire(slot, 'the signing pool is closed');
        return slot.worker.terminate();
      });
      // After the workers: the jobs they had not started are back in the queue.
      failQueued('the signing pool is closed');
      await Promise.all(ending);
    },
  };
}
