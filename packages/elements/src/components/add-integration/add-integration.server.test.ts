import { createClient } from '@integrakit/core/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationSavedEvent } from '../../events/integration-saved.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { exampleEntry, field, focusedId, mountAdd, part, summaryLinks } from './__fixtures__/mount.js';
import type { IkAddIntegration } from './add-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Core's real client over a fetch that answers like the reference server, recording each request body. */
function serverClient(answers: Response[], bodies: unknown[]) {
  return createClient({
    orgUrl: 'https://org.example.com',
    session: true,
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      bodies.push(await request.clone().json());
      const answer = answers.shift();
      if (answer === undefined) throw new Error('unexpected request');
      return answer;
    },
  });
}

async function walkSlack(element: IkAddIntegration): Promise<void> {
  await userEvent.fill(field(element, 'f-tenantSettings.subdomain'), 'acme');
  for (const step of ['Sign-On Options', 'Application username format', 'Update application username on']) {
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => part(element, '#step-heading').textContent).toContain(step);
  }
  await userEvent.click(part(element, '[part="next"]'));
}

describe('<ik-add-integration> with a client', () => {
  it('puts a taken label back on the label field with a suggestion, then creates "Slack (2)"', async () => {
    const bodies: unknown[] = [];
    const answers = [
      json(400, {
        errorCode: 'E0000040',
        errorSummary: 'Application label must not be the same as an existing application label.',
        errorCauses: [{ errorSummary: 'label: another integration already uses this label' }],
      }),
      json(200, {
        id: '0oa1slack2',
        label: 'Slack (2)',
        name: 'slack',
        signOnMode: 'SAML_2_0',
        status: 'ACTIVE',
        created: '2026-12-07T04:00:00.000Z',
        lastUpdated: '2026-12-07T04:00:00.000Z',
      }),
    ];
    const saved: IkIntegrationSavedEvent[] = [];
    const element = await mountAdd(exampleEntry('slack'), (add) => {
      add.client = serverClient(answers, bodies);
    });
    element.addEventListener('ik-integration-saved', (event) => saved.push(event));
    await walkSlack(element);

    await expect.poll(() => focusedId(element)).toBe('error-summary');
    expect(part(element, '#step-heading').textContent).toBe('Step 1 of 4: General Settings');
    expect(summaryLinks(element)).toEqual(['Application label: An application with this label already exists']);
    expect(field(element, 'f-label').getAttribute('aria-invalid')).toBe('true');
    expect(field(element, 'f-label-error').textContent).toContain('An application with this label already exists');
    const suggestion = part(element, '[part="suggestion"]');
    expect(suggestion.textContent?.trim()).toBe('Use “Slack (2)”');
    await expectAccessible(element);

    await userEvent.click(suggestion);
    expect(field(element, 'f-label').value).toBe('Slack (2)');
    await walkSlack(element);
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]?.detail.app).toMatchObject({ id: '0oa1slack2', label: 'Slack (2)', signOnMode: 'SAML_2_0' });
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toMatchObject({
      label: 'Slack (2)',
      name: 'slack',
      signOnMode: 'SAML_2_0',
      settings: { app: { subdomain: 'acme' } },
    });
    await expect.poll(() => part(element, '#step-heading').textContent).toBe('Slack (2) was added');
    expect(part(element, '[part="facts"]').textContent).toContain('SAML_2_0');
    expect(part(element, '[part="form"]').getAttribute('aria-busy')).toBe('false');
    await expectAccessible(element);
  });

  it('maps errorCauses on tenant settings and sign-on fields to their steps', async () => {
    const bodies: unknown[] = [];
    const element = await mountAdd(exampleEntry('slack'), (add) => {
      add.client = serverClient(
        [
          json(400, {
            errorCode: 'E0000001',
            errorSummary: 'Api validation failed: app',
            errorCauses: [{ errorSummary: 'settings.app.subdomain: workspace does not exist' }],
          }),
        ],
        bodies,
      );
    });
    await walkSlack(element);
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    expect(summaryLinks(element)).toEqual(['Workspace subdomain: Workspace does not exist']);
    expect(field(element, 'f-tenantSettings.subdomain').getAttribute('aria-invalid')).toBe('true');
    expect(element.shadowRoot?.querySelector('[part="suggestion"]')).toBeNull();
  });

  it('does not send anything when the host cancels ik-integration-created', async () => {
    const bodies: unknown[] = [];
    const element = await mountAdd(exampleEntry('slack'), (add) => {
      add.client = serverClient([], bodies);
    });
    element.addEventListener('ik-integration-created', (event) => event.preventDefault());
    await walkSlack(element);
    await expect.poll(() => part(element, '#step-heading').textContent).toBe('Done');
    // Done's payload mapping loads lazily: the form says "Creating…" until the host's answer is known.
    await expect.poll(() => part(element, '[part="form"]').textContent).toContain('handed to the page');
    expect(bodies).toEqual([]);
  });
});
