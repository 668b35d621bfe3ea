import type { SamlReport } from '@integrakit/core/inspection';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../__fixtures__/chromium.js';
import { watchPage } from '../../__fixtures__/page-problems.js';
import { jsonDataOf } from '../__fixtures__/json-data.js';
import { SEEDED_PASSWORD, signedIn, startSandboxServer } from '../__fixtures__/sandbox-server.js';
import { receivedOf } from '../test-sp/__fixtures__/received.js';
import { createTestSamlApp } from '../test-sp/__fixtures__/test-app.js';
import { testAppAcsUrl } from '../test-sp/routes.js';
import { USER_HOME_DATA_ID, USER_HOME_SCRIPT_PATH } from './user-home-page.js';

// The End-User Dashboard (`/app/UserHome`) and its launch URLs, over HTTP and in real Chromium.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const executablePath = chromiumPath;

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let chromiumBrowser: Browser | undefined;
const apps = { saml: '', bookmark: '', hidden: '', unassigned: '' };
let graceId: string;

const bookmarkBody = (label: string, hide = false) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: `https://example.com/${encodeURIComponent(label)}`, requestIntegration: false } },
  visibility: { autoSubmitToolbar: false, hide: { web: hide, iOS: hide } },
});

beforeAll(async () => {
  sandbox = await startSandboxServer();
  // A test app: its Single sign-on URL is the test SP's, so an IdP-initiated launch lands on its report.
  apps.saml = await createTestSamlApp(sandbox.call, sandbox.url, 'Dashboard Wiki');
  apps.bookmark = (await sandbox.call('POST', '/api/v1/apps', bookmarkBody('Team <b>Board</b>'))).json.id;
  apps.hidden = (await sandbox.call('POST', '/api/v1/apps', bookmarkBody('Payroll admin', true))).json.id;
  apps.unassigned = (await sandbox.call('POST', '/api/v1/apps', bookmarkBody('Not yours'))).json.id;
  graceId = await sandbox.userId('grace@example.com');
  for (const id of [apps.saml, apps.bookmark, apps.hidden]) {
    expect((await sandbox.call('POST', `/api/v1/apps/${id}/users`, { id: graceId })).status).toBe(200);
  }
  if (executablePath !== undefined) chromiumBrowser = await chromium.launch({ executablePath, args: chromiumArgs });
});
afterAll(async () => {
  await chromiumBrowser?.close();
  await sandbox?.close();
});

/** The dashboard's fallback links as `[label, href]`, from the page's HTML. */
const linksOf = (html: string) =>
  [...html.matchAll(/<a class="app" href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, label]) => [label, href]);

const appLinks = async (userId: string) =>
  (await sandbox.call('GET', `/api/v1/users/${userId}/appLinks`)).json as {
    appInstanceId: string;
    linkUrl: string;
    hidden: boolean;
  }[];

describe('End-User Dashboard', () => {
  it('sends a stranger to the sign-in page and back; gives <ik-dashboard> the assigned, visible apps, with fallback links', async () => {
    const stranger = await fetch(`${sandbox.url}/app/UserHome`, { redirect: 'manual' });
    expect(stranger.status).toBe(303);
    expect(stranger.headers.get('location')).toBe(`/signin?fromURI=${encodeURIComponent('/app/UserHome')}`);

    const person = await signedIn(sandbox.url);
    const home = await person.request(`${sandbox.url}/app/UserHome`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await home.text();
    expect(html).toContain('Integrakit sandbox identity provider');
    const launch = new Map((await appLinks(graceId)).map((link) => [link.appInstanceId, link]));
    expect(launch.get(apps.hidden)?.hidden).toBe(true);
    // The label is markup-escaped, and the hidden and unassigned apps are absent.
    expect(linksOf(html)).toEqual([
      ['Dashboard Wiki', launch.get(apps.saml)?.linkUrl],
      ['Team &#60;b&#62;Board&#60;/b&#62;', launch.get(apps.bookmark)?.linkUrl],
    ]);
    expect(html).not.toContain('Payroll admin');
    expect(html).not.toContain('Not yours');
    // The element's data: the same app links as the API's, hidden ones left out; no label's `<`
    // survives raw, so none can close the data's script element.
    const visible = (await appLinks(graceId)).filter((link) => !link.hidden);
    expect(jsonDataOf(html, USER_HOME_DATA_ID)).toEqual(visible);
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/<ik-dashboard no-heading>\s*<ul class="apps"/);
    expect(html).toContain(`<script type="module" src="${USER_HOME_SCRIPT_PATH}"></script>`);

    const ada = await signedIn(sandbox.url, 'ada@example.com');
    const empty = await (await ada.request(`${sandbox.url}/app/UserHome`)).text();
    expect(empty).toContain('No apps are assigned to you yet.');
    expect(jsonDataOf(empty, USER_HOME_DATA_ID)).toEqual([]);
  });

  it('launches a bookmark to its URL, recorded as SSO; refuses a person it is not assigned to', async () => {
    const before = (await sandbox.events('user.authentication.sso')).length;
    const link = (await appLinks(graceId)).find((each) => each.appInstanceId === apps.bookmark)?.linkUrl ?? '';
    const grace = await signedIn(sandbox.url);
    const launched = await grace.request(link);
    expect(launched.status).toBe(302);
    expect(launched.headers.get('location')).toBe(`https://example.com/${encodeURIComponent('Team <b>Board</b>')}`);
    const events = await sandbox.events('user.authentication.sso');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.actor.id).toBe(graceId);

    const ada = await signedIn(sandbox.url, 'ada@example.com');
    const refused = await ada.request(link);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('403 App Not Assigned');
    expect(await sandbox.events('user.authentication.sso')).toHaveLength(before + 1);
    // A link id that is not the app's own is no launch URL.
    expect((await grace.request(link.replace(/aln[^/]+$/, 'alnWrong'))).status).toBe(404);
  });

  it.skipIf(executablePath === undefined)(
    'in Chromium without the portal bundle: signs in at /app/UserHome, clicks the fallback link, lands on the test SP; the System Log has the SSO',
    async () => {
      const page = await (chromiumBrowser as Browser).newPage();
      const problems = await watchPage(page);
      await page.goto(`${sandbox.url}/app/UserHome`);
      await page.getByLabel('Username').fill('grace@example.com');
      await page.getByLabel('Password').fill(SEEDED_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${sandbox.url}/app/UserHome`, { timeout: 30_000 });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My Apps');
      // No bundle here, so <ik-dashboard> stays undefined and shows its fallback links (the portal
      // test clicks the element's tile).
      await page.locator('ik-dashboard a.app', { hasText: 'Dashboard Wiki' }).click();
      await page.waitForURL(testAppAcsUrl(sandbox.url, apps.saml), { timeout: 30_000 });
      // What the test SP received, as the report page hands it to <ik-inspector> (the portal test
      // renders it; this server has no portal bundle, so the page's script is absent here).
      const { inspection } = receivedOf<{ inspection: SamlReport }>(await page.content());
      expect(inspection.problems).toEqual([]);
      expect(inspection.assertion?.nameId).toBe('grace');
      expect(await page.locator('.sandbox').first().textContent()).toContain('sandbox');
      const absentScripts = /\/(test-sign-in-report|user-home)\.js|Failed to load resource/;
      expect(problems.filter((problem) => !absentScripts.test(problem))).toEqual([]);
      await page.close();

      const filter = encodeURIComponent(
        `eventType eq "user.authentication.sso" and target.id eq "${apps.saml}" and actor.id eq "${graceId}"`,
      );
      const logged = await sandbox.call('GET', `/api/v1/logs?filter=${filter}&limit=10`);
      expect(logged.status).toBe(200);
      expect(logged.json).toHaveLength(1);
      expect(logged.json[0].outcome.result).toBe('SUCCESS');
      expect(logged.json[0].target.map((target: { id: string }) => target.id)).toEqual([apps.saml, graceId]);
    },
  );
});
