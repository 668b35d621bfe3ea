import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { tabTo } from './__fixtures__/keyboard.js';
import {
  answeringClient,
  expectStep,
  field,
  focusedId,
  mountCreate,
  part,
  shadow,
  summaryLinks,
} from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const REDIRECT_0 = 'f-signOn.config.redirectUris.0';

describe('<ik-create-integration> OIDC', () => {
  it('is completed from the keyboard alone, validates redirect URIs live and shows the secret once', async () => {
    const client = answeringClient();
    const element = await mountCreate((el) => {
      el.client = client;
    });
    expect(part(element, '#step-heading').textContent?.trim()).toBe('Step 1 of 3: Create a new app integration');
    const methods = [...shadow(element).querySelectorAll('fieldset label')].map((label) => label.textContent?.trim());
    expect(methods).toEqual([
      'OIDC - OpenID Connect',
      'SAML 2.0',
      'SWA - Secure Web Authentication',
      'WS-Federation',
      'API Services',
    ]);
    expect(shadow(element).querySelectorAll('fieldset .description')).toHaveLength(5);
    await expectAccessible(element);

    // Next with nothing chosen: refused, the summary links to the group.
    await tabTo(element, '[part="next"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    expect(summaryLinks(element)).toEqual(['Sign-in method: This field cannot be left blank']);
    await expectAccessible(element);

    await tabTo(element, '#f-signOn\\.protocol');
    await userEvent.keyboard(' ');
    await expect.poll(() => shadow(element).querySelector('#f-signOn\\.config\\.applicationType')).not.toBeNull();
    await userEvent.tab();
    expect(focusedId(element)).toBe('f-signOn.config.applicationType');
    await userEvent.keyboard(' ');
    await tabTo(element, '[part="next"]');
    await userEvent.keyboard('{Enter}');
    await expectStep(element, 'Step 2 of 3: General Settings');

    await tabTo(element, '#f-label');
    await userEvent.keyboard('Acme Portal{Enter}');
    await expectStep(element, 'Step 3 of 3: Sign-on settings');
    await expect.poll(() => shadow(element).querySelector('#f-signOn\\.config\\.redirectUris-add')).not.toBeNull();
    expect(field(element, 'f-signOn.config.grantTypes').checked).toBe(true);
    await expectAccessible(element);

    // A redirect URI is required: Done is refused on this step.
    await tabTo(element, '[part="next"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    await expectAccessible(element);

    await tabTo(element, '#f-signOn\\.config\\.redirectUris-add');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focusedId(element)).toBe(REDIRECT_0);
    await userEvent.keyboard('not a uri');
    // Live: the row's error shows while typing and goes once the URI is absolute.
    await expect.poll(() => field(element, REDIRECT_0).getAttribute('aria-invalid')).toBe('true');
    expect(field(element, `${REDIRECT_0}-error`).textContent).toContain('Enter an absolute URI');
    await expectAccessible(element);
    await userEvent.clear(field(element, REDIRECT_0));
    await userEvent.keyboard('https://portal.example.com/callback');
    await expect.poll(() => field(element, REDIRECT_0).hasAttribute('aria-invalid')).toBe(false);

    await tabTo(element, '[part="next"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadow(element).querySelector('[part="client-id"]')?.textContent).toBe('0oa1test');
    expect(client.created[0]).toMatchObject({
      label: 'Acme Portal',
      signOnMode: 'OPENID_CONNECT',
      settings: { oauthClient: { redirect_uris: ['https://portal.example.com/callback'], application_type: 'web' } },
    });
    const secret = client.secrets[0] ?? '';
    const secretField = part(element, 'ik-secret-field');
    expect(part(element, '[part="warning"]').textContent).toContain('shown only once');
    expect((secretField as HTMLElement & { value: string }).value).toBe(secret);
    // Masked until revealed, never in the element's own markup.
    expect(shadow(element).innerHTML).not.toContain(secret);
    await expectAccessible(element);

    await tabTo(element, '[part="dismiss-secret"]');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadow(element).querySelector('ik-secret-field')).toBeNull();
    expect(part(element, '.hint').textContent).toContain('no longer shown');
    expect(JSON.stringify(element.state)).not.toContain(secret);
    await expectAccessible(element);
  });

  it('keeps every value on Back and Next', async () => {
    const element = await mountCreate();
    await userEvent.click(field(element, 'f-signOn.protocol'));
    await userEvent.click(field(element, 'f-signOn.config.applicationType-1'));
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 2 of 3: General Settings');
    await userEvent.type(field(element, 'f-label'), 'SPA');
    await userEvent.click(part(element, '[part="back"]'));
    await expectStep(element, 'Step 1 of 3: Create a new app integration');
    expect(field(element, 'f-signOn.config.applicationType-1').checked).toBe(true);
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 2 of 3: General Settings');
    expect(field(element, 'f-label').value).toBe('SPA');
  });
});
