import { deflateRawSync } from 'node:zlib';
import { REQUEST_LIMITS } from '@integrakit/protocols/saml';
import { describe, expect, it } from 'vitest';
import { MAX_RELAY_STATE, readPost, readRedirect } from './binding.js';
import { SamlRequestError } from './request-error.js';

const deflated = (text: string) => encodeURIComponent(deflateRawSync(Buffer.from(text)).toString('base64'));

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof SamlRequestError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('reading a request from its binding', () => {
  it('inflates a Redirect request and decodes its RelayState', () => {
    const message = readRedirect(`SAMLRequest=${deflated('<x/>')}&RelayState=a%20b+c`);
    expect(message).toMatchObject({ xml: '<x/>', relayState: 'a b c', querySignature: undefined });
  });

  it('reads a POST request plain or deflated', () => {
    expect(readPost(new URLSearchParams({ SAMLRequest: Buffer.from('<x/>').toString('base64') })).xml).toBe('<x/>');
    const compressed = deflateRawSync(Buffer.from('<y/>')).toString('base64');
    expect(readPost(new URLSearchParams({ SAMLRequest: compressed })).xml).toBe('<y/>');
  });

  it('stops a deflate bomb while inflating, at the request size limit', () => {
    const bomb = deflated(`<x>${' '.repeat(50 * REQUEST_LIMITS.maxLength)}</x>`);
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(() => readRedirect(`SAMLRequest=${bomb}`))).toBe(
      `SAMLRequest: inflates past ${REQUEST_LIMITS.maxLength} characters`,
    );
  });

  it.each([
    ['a missing SAMLRequest', 'RelayState=x', 'SAMLRequest: is required'],
    [
      'a repeated parameter',
      `SAMLRequest=${deflated('<x/>')}&SAMLRequest=${deflated('<y/>')}`,
      'SAMLRequest: must appear once',
    ],
    ['bad percent-encoding', 'SAMLRequest=%E0%A4%A', 'query: is not valid percent-encoding'],
    ['non-base64', 'SAMLRequest=***', 'SAMLRequest: must be base64'],
    [
      'bytes that do not inflate',
      `SAMLRequest=${encodeURIComponent(Buffer.from('plain').toString('base64'))}`,
      'SAMLRequest: is not DEFLATE-compressed XML',
    ],
    [
      'a long RelayState',
      `SAMLRequest=${deflated('<x/>')}&RelayState=${'r'.repeat(MAX_RELAY_STATE + 1)}`,
      `RelayState: must be at most ${MAX_RELAY_STATE} bytes`,
    ],
    [
      'a signature without SigAlg',
      `SAMLRequest=${deflated('<x/>')}&Signature=abc`,
      'SigAlg: is required with a signed request',
    ],
    [
      'an unknown SigAlg',
      `SAMLRequest=${deflated('<x/>')}&SigAlg=md5&Signature=abc`,
      'SigAlg: must be rsa-sha256 or rsa-sha1',
    ],
    ['an oversized parameter', `SAMLRequest=${'A'.repeat(100_000)}`, 'SAMLRequest: must be at most 96000 characters'],
  ])('refuses %s, naming the field', (_name, query, message) => {
    expect(refusal(() => readRedirect(query))).toBe(message);
  });
});
