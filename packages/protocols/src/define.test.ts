import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createDefiner } from './define.js';
import { ConfigValidationError, formatPath, isConfigValidationError } from './errors.js';

const schema = z.object({
  label: z.string().min(1),
  redirectUris: z.array(z.url()).min(1),
  clientSecret: z.string().optional(),
});
const { define, safeDefine } = createDefiner(schema);

describe('createDefiner', () => {
  it('returns the parsed config for valid input', () => {
    expect(define({ label: 'App', redirectUris: ['https://a.example/cb'] })).toEqual({
      label: 'App',
      redirectUris: ['https://a.example/cb'],
    });
  });

  it('throws a ConfigValidationError naming each field and rule', () => {
    let caught: unknown;
    try {
      define({ label: '', redirectUris: ['not a url'] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const error = caught as ConfigValidationError;
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['label'], 'too_small'],
      [['redirectUris', 0], 'invalid_format'],
    ]);
    expect(error.issues[1]?.message).not.toContain('redirectUris');
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain(`  - redirectUris[0]: ${error.issues[1]?.message}`);
  });

  it('never echoes input values, so secrets stay out of errors', () => {
    const result = safeDefine({
      label: '',
      redirectUris: [],
      clientSecret: 'super-secret-value' as never,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(JSON.stringify(result.error.issues)).not.toContain('super-secret-value');
    expect(result.error.message).not.toContain('super-secret-value');
  });

  it('is recognised across realms by name and code', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ConfigValidationError', code: 'ERR_CONFIG_VALIDATION' });
    expect(isConfigValidationError(foreign)).toBe(true);
    expect(isConfigValidationError(new Error('x'))).toBe(false);
  });
});

describe('formatPath', () => {
  it('spells array indexes and nested keys', () => {
    expect(formatPath(['a', 0, 'b'])).toBe('a[0].b');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('policy', () => {
  const urlSchema = z.object({ url: z.url() });
  const https = createDefiner(urlSchema, (config) =>
    config.url.startsWith('https:') ? [] : [{ path: ['url'], code: 'https_required', message: 'must use https' }],
  );

  it('enforces the strict policy by default and lets callers opt out', () => {
    expect(() => https.define({ url: 'http://a.example/' })).toThrow(/url: must use https/);
    expect(https.define({ url: 'http://a.example/' }, { policy: 'okta' })).toEqual({ url: 'http://a.example/' });
  });

  it('lists policy shortfalls of any config', () => {
    expect(https.policyWarnings({ url: 'http://a.example/' }).map((issue) => issue.code)).toEqual(['https_required']);
    expect(https.policyWarnings({ url: 'https://a.example/' })).toEqual([]);
  });
});

describe('fieldIssues', () => {
  const statements = createDefiner(
    z
      .strictObject({
        audience: z.string().min(1),
        statements: z.array(z.strictObject({ name: z.string().min(1), values: z.array(z.string()).min(1) })),
        ssoUrl: z.url(),
      })
      .superRefine((config, ctx) => {
        if (config.audience === config.ssoUrl) ctx.addIssue({ code: 'custom', path: ['audience'], message: 'differs' });
      })
      .transform((config) => ({ ...config, checked: true })),
  );
  const input = {
    audience: '',
    statements: [
      { name: 'a', values: ['x'] },
      { name: '', values: [] },
    ],
    ssoUrl: 'nope',
  };
  const whole = (key: string) => {
    const result = statements.safeDefine(input as never);
    if (result.success) throw new Error('the input is meant to be invalid');
    return result.error.issues.filter((issue) => issue.path[0] === key);
  };

  it("reports a field's own issues as safeDefine does, at the same paths", () => {
    for (const key of ['audience', 'statements', 'ssoUrl']) {
      expect(statements.fieldIssues(input, key)).toEqual(whole(key));
    }
    expect(statements.fieldIssues(input, 'statements')?.map((issue) => issue.path)).toEqual([
      ['statements', 1, 'name'],
      ['statements', 1, 'values'],
    ]);
  });

  it('is empty for a valid field, even when other fields or rules across fields fail', () => {
    const same = { ...input, audience: 'https://sp.example', ssoUrl: 'https://sp.example' };
    expect(statements.fieldIssues(same, 'audience')).toEqual([]);
    expect(statements.safeDefine(same as never).success).toBe(false);
  });

  it('refuses unknown keys inside the field as safeDefine does', () => {
    const extra = { ...input, statements: [{ name: 'a', values: ['x'], vaules: ['y'] }] };
    const result = statements.safeDefine(extra as never);
    const expected = result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'statements');
    expect(expected.length).toBeGreaterThan(0);
    expect(statements.fieldIssues(extra, 'statements')).toEqual(expected);
  });

  it('cannot check a key the schema does not have, inherited ones included', () => {
    expect(statements.fieldIssues(input, 'audiences')).toBeUndefined();
    expect(statements.fieldIssues(input, 'valueOf')).toBeUndefined();
    expect(statements.fieldIssues(input, '__proto__')).toBeUndefined();
  });

  it('reports a missing field as the whole validation does', () => {
    const { audience: _audience, ...missing } = input;
    expect(statements.fieldIssues(missing, 'audience')?.map((issue) => [issue.path, issue.code])).toEqual([
      [['audience'], 'invalid_type'],
    ]);
  });
});
