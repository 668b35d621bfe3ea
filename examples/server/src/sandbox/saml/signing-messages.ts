import type { SigningChoices } from '@integrakit/protocols/saml';

/** Signing keys a worker keeps at once, oldest dropped first; the pool mirrors it to know what a worker holds. */
export const KEYS_PER_WORKER = 64;

/** The PEM key pair a worker signs with, sent to each worker once. */
export interface SigningKeyMaterial {
  readonly kid: string;
  readonly privateKey: string;
  readonly certificate: string;
}

/** What the pool posts to a worker: a key to keep, or a response to sign with a kept key. */
export type ToWorker =
  | ({ readonly kind: 'key' } & SigningKeyMaterial)
  | {
      readonly kind: 'sign';
      readonly job: number;
      readonly kid: string;
      readonly unsigned: string;
      readonly config: SigningChoices;
    };

/** A worker's word that it has loaded and listens, then its answer to each job: the signed XML, or why it failed (never the key). */
export type FromWorker =
  | { readonly ready: true }
  | { readonly job: number; readonly xml: string }
  | { readonly job: number; readonly error: string };

/**
 * Keeps at most {@link KEYS_PER_WORKER} keys, dropping the oldest first. The pool and the worker
 * apply it to the same sequence of keys, so both agree on what the worker holds.
 */
export function rememberKey<V>(keys: Map<string, V>, kid: string, value: V): void {
  if (keys.size >= KEYS_PER_WORKER) keys.delete(keys.keys().next().value as string);
  keys.set(kid, value);
}
