import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link LatestTask} is: not run yet, waiting, done, or failed. */
export type TaskState = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Runs `task` whenever the values from `args` change (shallow compare, checked before each
 * update), aborting the previous run's signal so stale searches stop, and keeping only the latest
 * result. The same contract as `@lit/task`'s auto-run mode in a fraction of the bytes, which the
 * catalog's 30 kB budget needs. The last value stays available while a new run is pending.
 */
export class LatestTask<const A extends readonly unknown[], R> implements ReactiveController {
  state: TaskState = 'initial';
  value: R | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #task: (args: A, signal: AbortSignal) => Promise<R> | R;
  readonly #args: () => A;
  #previous: A | undefined;
  #controller: AbortController | undefined;
  #run = 0;

  constructor(host: ReactiveControllerHost, task: (args: A, signal: AbortSignal) => Promise<R> | R, args: () => A) {
    this.#host = host;
    this.#task = task;
    this.#args = args;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#args();
    const previous = this.#previous;
    if (previous !== undefined && previous.length === args.length && previous.every((value, i) => value === args[i]))
      return;
    void this.run(args);
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    // Run again on reconnection, since the aborted run left no result.
    this.#previous = undefined;
  }

  /** Runs now with `args` (default: the current ones), superseding any pending run. */
  async run(args: A = this.#args()): Promise<void> {
    this.#previous = args;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const run = ++this.#run;
    this.state = 'pending';
    this.#host.requestUpdate();
    try {
      const value = await this.#task(args, controller.signal);
      if (run !== this.#run) return;
      this.value = value;
      this.error = undefined;
      this.state = 'complete';
    } catch (error) {
      if (run !== this.#run) return;
      this.value = undefined;
      this.error = error;
      this.state = 'error';
    }
    this.#host.requestUpdate();
  }
}
