// A signing pool's worker: signs SAML responses with the keys the pool sent it, as the main thread
// would (`signResponse`, xml-crypto), so the event loop serving requests is not blocked by it.
import { parentPort } from 'node:worker_threads';
import { type CheckedSigningKey, checkSigningKey, signResponse } from '@integrakit/protocols/saml';
import { type FromWorker, rememberKey, type ToWorker } from './signing-messages.js';

const port = parentPort;
if (port === null) throw new Error('signing-worker.ts runs as a worker thread');
/** Each key checked once, when it arrives; a key that fails the check fails the jobs that use it. */
const keys = new Map<string, CheckedSigningKey | Error>();

const checked = (key: { readonly privateKey: string; readonly certificate: string }) => {
  try {
    return checkSigningKey({ privateKey: key.privateKey, certificate: key.certificate });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
};

port.on('message', async (message: ToWorker) => {
  if (message.kind === 'key') {
    rememberKey(keys, message.kid, checked(message));
    return;
  }
  let answer: FromWorker;
  const key = keys.get(message.kid);
  try {
    if (key === undefined) throw new Error('the signing key was never sent to this worker');
    if (key instanceof Error) throw key;
    answer = { job: message.job, xml: await signResponse(message.unsigned, message.config, key) };
  } catch (error) {
    answer = { job: message.job, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true } satisfies FromWorker);
