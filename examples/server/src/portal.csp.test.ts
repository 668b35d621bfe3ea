import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { watchPage } from './__fixtures__/page-problems.js';
import { chromiumPath, portalSessionForThisFile } from './__fixtures__/portal-session.js';

// The portal sends a CSP without 'unsafe-eval' and, since every schema the elements load is built
// with zod/mini, no longer sets zod's `jitless`. Classic zod's object schemas probe `new Function`
// on their first parse, which the browser reports as a violation: each protocol's form is walked
// until its schema has checked input, on a page of its own so that each protocol proves itself.
// The inspector's lazy code is walked under the same CSP by portal.test-sign-in.test.ts.
const portal = portalSessionForThisFile();

/** The create wizard's methods, with the OIDC application type where the method asks for one. */
const METHODS = [
  { name: 'OIDC web app', method: 'OIDC - OpenID Connect', type: 'Web Application' },
  { name: 'OIDC single-page app', method: 'OIDC - OpenID Connect', type: 'Single-Page Application' },
  { name: 'SAML 2.0', method: 'SAML 2.0' },
  { name: 'SWA', method: 'SWA - Secure Web Authentication' },
  { name: 'WS-Federation', method: 'WS-Federation' },
  { name: 'API Services', method: 'API Services' },
] as const;

/** Step heading, error summary and status: what Next changes once the step's schema has checked it. */
const stepOutcome = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('ik-create-integration')?.shadowRoot;
    const text = (selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
    return [text('#step-heading'), text('[part="error-summary"]'), text('[part="status"]')].join(' / ');
  });

describe.skipIf(chromiumPath === undefined)('the portal under its strict CSP', () => {
  it.each(METHODS)(
    'walks the $name form without a CSP violation',
    async ({ name, method, ...rest }) => {
      const page = await portal().session.newPage();
      const problems = await watchPage(page);
      await page.goto(`${portal().server.url}/`);
      const create = page.getByRole('button', { name: 'Create App Integration' });
      await expect.poll(() => create.isEnabled()).toBe(true);
      await create.click();
      await page.getByRole('radio', { name: method }).check();
      if ('type' in rest) await page.getByRole('radio', { name: rest.type }).check();
      const next = page.getByRole('button', { name: /^(Next|Done)$/ });
      await next.click();
      await page.getByRole('textbox', { name: 'App integration name' }).fill(`CSP ${name}`);
      // Next on the name, then Next on the protocol's own (empty) settings: both are checked by schemas.
      for (let step = 0; step < 2; step += 1) {
        const before = await stepOutcome(page);
        await next.click();
        await expect.poll(() => stepOutcome(page), { timeout: 15_000 }).not.toBe(before);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
