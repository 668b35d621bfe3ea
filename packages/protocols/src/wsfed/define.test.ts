import { describe, expect, it } from 'vitest';
import { issueAt } from '../test-utils/issues.js';
import { wsfedInput } from './__fixtures__/config.js';
import { define, policyWarnings, safeDefine } from './define.js';
import type { WsfedConfigInput } from './wsfed.schema.js';

describe('wsfed.define', () => {
  it('accepts a full config and fills defaults', () => {
    const config = define(wsfedInput);
    expect(config.allowReplyUrlOverride).toBe(false);
    expect(config.applicationUsername.type).toBe('BUILT_IN');
  });

  it('requires the seven fields Okta requires', () => {
    const result = safeDefine({ label: 'x' } as WsfedConfigInput);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => i.path[0]).sort()).toEqual([
      'audienceRestriction',
      'authnContextClassRef',
      'groupValueFormat',
      'nameIdFormat',
      'replyUrl',
      'siteUrl',
      'usernameAttribute',
    ]);
  });

  it('applies the https policy with an okta opt-out', () => {
    const plain = { ...wsfedInput, replyUrl: 'http://expense.example.test/reply' };
    expect(safeDefine(plain).success).toBe(false);
    expect(policyWarnings(define(plain, { policy: 'okta' }))).toMatchObject([
      { path: ['replyUrl'], code: 'https_required' },
    ]);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['relative reply URL', { replyUrl: '/reply' }, 'replyUrl', /absolute/],
    ['http site URL (policy)', { siteUrl: 'http://expense.example.test' }, 'siteUrl', /https/],
    ['unknown name ID format', { nameIdFormat: 'upn' }, 'nameIdFormat', /one of/i],
    ['unknown group value format', { groupValueFormat: 'sid' }, 'groupValueFormat', /windowsDomainQualifiedName/],
    ['unknown username attribute', { usernameAttribute: 'email' }, 'usernameAttribute', /upn/],
    ['group filter does not compile', { groupFilter: '[a-' }, 'groupFilter', /not a valid regular expression/],
    ['group filter catastrophic', { groupFilter: '(x*)*y' }, 'groupFilter', /nested quantifier/],
    ['group filter without group name', { groupName: undefined }, 'groupName', /required when groupFilter/],
    ['group name without group filter', { groupFilter: undefined }, 'groupFilter', /required when groupName/],
    [
      'attribute value with a comma',
      { attributeStatements: [{ name: 'a', value: 'x,y' }] },
      'attributeStatements[0].value',
      /\| or ,/,
    ],
    [
      'attribute name with a pipe',
      { attributeStatements: [{ name: 'a|b', value: 'x' }] },
      'attributeStatements[0].name',
      /\| or ,/,
    ],
    [
      'duplicate attribute name',
      {
        attributeStatements: [
          { name: 'a', value: 'x' },
          { name: 'a', value: 'y' },
        ],
      },
      'attributeStatements[1].name',
      /unique/,
    ],
    ['empty audience', { audienceRestriction: '' }, 'audienceRestriction', /too_small|>=1/],
    ['realm with control characters', { realm: 'urn:\u0007' }, 'realm', /control/],
  ];
  it.each(invalid)('refuses %s', (_name, patch, field, rule) => {
    const result = safeDefine({ ...wsfedInput, ...patch } as WsfedConfigInput);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = issueAt(result.error, field);
    expect(`${issue.code} ${issue.message}`).toMatch(rule);
  });
});
