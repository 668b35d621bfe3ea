import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isSecret, Secret } from './secret.js';

describe('Secret', () => {
  const secret = new Secret('hunter2-hunter2-hunter2');

  it('never prints its value', () => {
    const outputs = [
      String(secret),
      `${secret}`,
      JSON.stringify({ secret }),
      inspect(secret),
      inspect({ nested: { secret } }),
    ];
    for (const output of outputs) expect(output).not.toContain('hunter2');
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
  });

  it('reveals on request and compares by value', () => {
    expect(secret.reveal()).toBe('hunter2-hunter2-hunter2');
    expect(secret.equals('hunter2-hunter2-hunter2')).toBe(true);
    expect(secret.equals(new Secret('hunter2-hunter2-hunter3'))).toBe(false);
    expect(secret.equals('hunter2')).toBe(false);
  });

  it('wraps once and is recognised by brand', () => {
    expect(Secret.from(secret)).toBe(secret);
    expect(isSecret(Secret.from('x'))).toBe(true);
    expect(isSecret({ reveal: () => 'x' })).toBe(false);
  });
});
