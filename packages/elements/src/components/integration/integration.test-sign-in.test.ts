import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationTestSignInEvent } from '../../events/integration-test-sign-in.js';
import { expectAccessible } from '../../test-utils/axe.js';
import {
  referenceClient,
  referenceFetch,
  referenceServerForThisFile,
  unique,
} from '../../test-utils/reference-server.js';
import { samlAppBody } from './__fixtures__/apps.js';
import { mountIntegration, part, shadow } from './__fixtures__/mount.js';

// **Test sign-in** in <ik-integration>'s header: the element asks, the host starts the test on the
// real reference server.
const server = referenceServerForThisFile();
afterEach(() => {
  document.body.replaceChildren();
});

const samlApp = () => referenceClient(server.url).apps.create(samlAppBody(`Tested ${unique()}`));

describe('<ik-integration> Test sign-in', () => {
  it('asks the host, which starts the test on the server and gets the URL of the flow', async () => {
    const app = await samlApp();
    const element = await mountIntegration(server.url, app, (host) => {
      host.testSignIn = true;
    });
    const started: string[] = [];
    element.addEventListener('ik-integration-test-sign-in', async (event: IkIntegrationTestSignInEvent) => {
      const response = await referenceFetch(`${server.url}/api/v1/apps/${event.detail.app.id}/test-sign-in`, {
        method: 'POST',
      });
      expect(response.status).toBe(201);
      started.push(((await response.json()) as { url: string }).url);
    });
    const button = part(element, '[part="test-sign-in"]');
    expect(button.textContent?.trim()).toBe('Test sign-in');
    await expectAccessible(element);
    await userEvent.click(button);
    await expect.poll(() => started).toHaveLength(1);
    expect(started[0]?.startsWith(`${server.url}/sandbox/test-sign-in/`)).toBe(true);
  }, 60_000);

  it('is offered only when the host runs it, and only while the app is active', async () => {
    const app = await samlApp();
    const plain = await mountIntegration(server.url, app);
    expect(shadow(plain).querySelector('[part="test-sign-in"]')).toBeNull();
    plain.remove();

    const element = await mountIntegration(server.url, app, (host) => {
      host.testSignIn = true;
    });
    const asked: IkIntegrationTestSignInEvent[] = [];
    element.addEventListener('ik-integration-test-sign-in', (event) => asked.push(event));
    await element.deactivate();
    await expect.poll(() => element.app?.status).toBe('INACTIVE');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="test-sign-in"]')).toBeNull();
    await element.activate();
    await expect.poll(() => shadow(element).querySelector('[part="test-sign-in"]')).not.toBeNull();
    part(element, '[part="test-sign-in"]').click();
    expect(asked.map((event) => event.detail.app.id)).toEqual([app.id]);
  }, 60_000);
});
