// The org the examples push to: the reference server from `pnpm start` (or any Okta-compatible
// org). Without INTEGRAKIT_API_TOKEN the examples only print what they would send.
import { createClient, type IntegrakitClient } from '@integrakit/core/client';

/** A client for `ORG_URL` (default `http://127.0.0.1:4400`) with the SSWS token, if one is set. */
export function orgClient(): IntegrakitClient | undefined {
  const token = process.env.INTEGRAKIT_API_TOKEN;
  if (token === undefined || token === '') {
    console.log('(INTEGRAKIT_API_TOKEN is not set: printing only, nothing is sent)');
    return undefined;
  }
  return createClient({ orgUrl: process.env.ORG_URL ?? 'http://127.0.0.1:4400', token, timeout: 10_000 });
}

/** Pretty JSON for the terminal. */
export const print = (title: string, value: unknown) => console.log(`\n${title}\n${JSON.stringify(value, null, 2)}`);
