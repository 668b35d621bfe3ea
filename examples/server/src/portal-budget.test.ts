import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { bundlePortal } from './portal.js';

// docs/portal-budget.md: the Applications page's initial script, with every element it shows.
const BUDGET_BYTES = 90_000;

it('keeps the portal page script within its min+gzip budget', async () => {
  const files = await bundlePortal({ conditions: ['@integrakit/source'] });
  const script = files.get('app.js')?.body;
  expect(script).toBeDefined();
  const gzipped = gzipSync(script ?? new Uint8Array(), { level: 9 }).length;
  expect(gzipped).toBeGreaterThan(10_000); // a real bundle, not an empty one
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
}, 60_000);
