// A signing pool's worker: signs SAML responses with the keys the pool sent it, as the main thread
// would (`signResponse`, xml-crypto), so the event loop serving requests is not blocked by it.
import { parentPort } from 'node:worker_threads';
import { signResponse } from '@integrakit/protocols/saml';
import { type FromWorker, rememberKey, type SigningKeyMaterial, type ToWorker } from './signing-messages.js';

const port = parentPort;
if (port === null) throw new Error('signing-worker.ts runs as a worker thread');
const keys = new Map<string, SigningKeyMaterial>();

port.on('message', async (message: ToWorker) => {
  if (message.kind === 'key') {
    rememberKey(keys, message.kid, message);
    return;
  }
  let answer: FromWorker;
  const key = keys.get(message.kid);
  try {
    if (key === undefined) throw new Error('the signing key was never sent to this worker');
    const signed = await signResponse(message.unsigned, message.config, {
      privateKey: key.privateKey,
      certificate: key.certificate,
    });
    answer = { job: message.job, xml: signed };
  } catch (error) {
    answer = { job: message.job, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true } satisfies FromWorker);
