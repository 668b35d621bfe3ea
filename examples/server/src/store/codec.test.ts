import { isSecret, Secret } from '@integrakit/protocols/shared';
import { describe, expect, it } from 'vitest';
import { fromStoredJson, toStoredJson } from './codec.js';

describe('stored JSON', () => {
  it('keeps secrets at any depth, and rows without one read back as written', () => {
    const withSecret = {
      name: 'app',
      credentials: { oauthClient: { client_secret: new Secret('s3cr3t-value') } },
      list: [new Secret('x')],
    };
    const read = fromStoredJson<typeof withSecret>(toStoredJson(withSecret));
    expect(isSecret(read.credentials.oauthClient.client_secret)).toBe(true);
    expect(read.credentials.oauthClient.client_secret.reveal()).toBe('s3cr3t-value');
    expect(isSecret(read.list[0]) && read.list[0].reveal()).toBe('x');

    const plain = { type: 'user', id: '00u1', profile: { note: 'mentions $integrakit in text' }, priority: null };
    expect(fromStoredJson(toStoredJson(plain))).toEqual(plain);
  });
});
