import { describe, expect, it } from 'vitest';
import { standInProtocols, throwingProtocols } from './__fixtures__/protocols.js';
import { IntegrationValidationError } from './issues.js';
import { toOktaApp } from './okta.js';
import { safeValidateIntegration } from './validate.js';

const draft = (label: string, config: Record<string, unknown>) => ({
  kind: 'custom',
  label,
  signOn: { protocol: 'bookmark', config },
});
const issuesOf = (input: unknown, protocols = standInProtocols) => {
  const result = safeValidateIntegration(input, { protocols });
  return result.success
    ? []
    : result.error.issues.map((item) => ({ path: item.path.join('.'), code: item.code, message: item.message }));
};

describe('protocol registry seam', () => {
  it('fills embedded fields from the integration and stores the config without them', () => {
    const result = safeValidateIntegration(draft('Wiki', { url: 'https://wiki.example.com' }), {
      protocols: standInProtocols,
    });
    expect(result.success && result.data.signOn.config).toEqual({ url: 'https://wiki.example.com' });
  });

  it('ignores a config’s own copy of an embedded field: the integration owns it', () => {
    expect(issuesOf(draft('Wiki', { url: 'https://wiki.example.com', label: 'far too long a label' }))).toEqual([]);
  });

  it('reports the module’s issues on an embedded field at the integration field that owns it', () => {
    expect(issuesOf(draft('Encyclopedia', { url: 'https://wiki.example.com' }))).toEqual([
      { path: 'label', code: 'too_big', message: 'must have at most 5 characters' },
    ]);
  });

  it('nests the module’s other issues under the config path, their messages unchanged', () => {
    expect(issuesOf(draft('Wiki', { url: 'http://wiki.example.com' }))).toEqual([
      { path: 'signOn.config.url', code: 'invalid_format', message: 'must be a valid URL' },
    ]);
  });

  it('turns a module that throws into an invalid_config issue rather than a crash', () => {
    expect(issuesOf(draft('Wiki', {}), throwingProtocols)).toEqual([
      { path: 'signOn.config', code: 'invalid_config', message: expect.stringContaining('TypeError') },
    ]);
  });

  it('refuses payload mapping for a module without toOktaApp', () => {
    const result = safeValidateIntegration(draft('Wiki', { url: 'https://wiki.example.com' }), {
      protocols: standInProtocols,
    });
    expect(result.success).toBe(true);
    if (result.success)
      expect(() => toOktaApp(result.data, { protocols: standInProtocols })).toThrow(IntegrationValidationError);
  });
});
