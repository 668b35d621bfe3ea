import { createDefiner } from '../define.js';
import type { ConfigIssue } from '../errors.js';
import { type SwaConfig, swaConfigSchema } from './swa.schema.js';

/** Integrakit's stricter rule: credentials are only typed into https pages. */
function swaPolicy(config: SwaConfig): ConfigIssue[] {
  const urls: [string, string | undefined][] = [
    ['loginUrl', config.loginUrl],
    ['redirectUrl', config.mode === 'AUTO_LOGIN' ? config.redirectUrl : undefined],
  ];
  return urls.flatMap(([field, value]) =>
    value !== undefined && !value.startsWith('https:')
      ? [
          {
            path: [field],
            code: 'https_required',
            message: 'must use https, or passwords travel in clear text',
          },
        ]
      : [],
  );
}

/** `define` / `safeDefine` / `policyWarnings` for SWA apps; `{ policy: 'okta' }` allows http URLs. */
export const { define, safeDefine, policyWarnings, fieldIssues } = createDefiner(swaConfigSchema, swaPolicy);
