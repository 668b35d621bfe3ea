// The real signing worker, plus two faults a test can ask for by the NameID of the response to sign:
// `crash-this-worker` throws outside any handler (the thread dies), `hang-this-worker` never returns.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

parentPort?.on('message', (message) => {
  if (message.kind !== 'sign') return;
  if (message.unsigned.includes('crash-this-worker')) throw new Error('crashed on purpose');
  if (message.unsigned.includes('hang-this-worker')) for (;;);
});
register();
await import('../signing-worker.ts');
