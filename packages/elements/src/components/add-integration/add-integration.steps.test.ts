import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationCreatedEvent } from '../../events/integration-created.js';
import type { IkStepEnterEvent } from '../../events/step-enter.js';
import { expectAccessible } from '../../test-utils/axe.js';
import {
  exampleEntry,
  expectStep,
  field,
  focusedId,
  mountAdd,
  part,
  shadow,
  summaryLinks,
} from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const SUBDOMAIN = 'f-tenantSettings.subdomain';

describe('<ik-add-integration> steps (Slack)', () => {
  it('refuses an empty required subdomain, then walks every step to Done with the SAML payload', async () => {
    const element = await mountAdd(exampleEntry('slack'));
    const entered: string[] = [];
    const created: IkIntegrationCreatedEvent[] = [];
    element.addEventListener('ik-step-enter', (event: IkStepEnterEvent) => entered.push(event.detail.step));
    element.addEventListener('ik-integration-created', (event) => created.push(event));

    expect(part(element, '#step-heading').textContent?.trim()).toBe('Step 1 of 4: General Settings');
    expect(focusedId(element)).not.toBe('step-heading');
    expect(part(element, '[aria-current="step"]').textContent).toContain('General Settings');
    const subdomain = field(element, SUBDOMAIN);
    expect(part(element, `label[for="${SUBDOMAIN}"]`).textContent?.trim()).toBe('Workspace subdomain');
    expect(subdomain.getAttribute('aria-required')).toBe('true');
    expect(subdomain.placeholder).toBe('acme');
    expect(field(element, 'f-label').value).toBe('Slack');
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    expect(summaryLinks(element)).toEqual(['Workspace subdomain: This field cannot be left blank']);
    expect(subdomain.getAttribute('aria-invalid')).toBe('true');
    expect(subdomain.getAttribute('aria-describedby')).toBe(`${SUBDOMAIN}-hint ${SUBDOMAIN}-error`);
    expect(field(element, `${SUBDOMAIN}-error`).textContent).toContain('This field cannot be left blank');
    await expectAccessible(element);

    await userEvent.click(part(element, '#error-summary a'));
    expect(focusedId(element)).toBe(SUBDOMAIN);
    expect(location.hash).toBe('');
    await userEvent.keyboard('acme-corp');
    await expect.poll(() => shadow(element).querySelector('#error-summary')).toBeNull();
    expect(subdomain.hasAttribute('aria-invalid')).toBe(false);

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    const saml = field(element, 'f-signOn.protocol-saml');
    expect(saml.checked).toBe(true);
    expect(part(element, '.facts').textContent).toContain('https://acme-corp.slack.com/sso/saml');
    expect(
      [...shadow(element).querySelectorAll('.attributes tbody tr')].map((row) =>
        row.textContent?.trim().replace(/\s+/g, ' '),
      ),
    ).toEqual(['User.Email user.email', 'first_name user.firstName', 'last_name user.lastName']);
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 3 of 4: Application username format');
    expect(part(element, 'output').textContent).toBe('isabella.ramos@example.com');
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Step 4 of 4: Update application username on');
    expect(field(element, 'f-username.updateOn-CREATE_AND_UPDATE').checked).toBe(true);
    expect(part(element, '[part="next"]').textContent?.trim()).toBe('Done');
    await expectAccessible(element);

    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => created.length).toBe(1);
    const payload = created[0]?.detail.payload as {
      name?: string;
      signOnMode?: string;
      label?: string;
      settings?: { app?: unknown; signOn?: { ssoAcsUrl?: string } };
    };
    expect(payload.name).toBe('slack');
    expect(payload.label).toBe('Slack');
    expect(payload.signOnMode).toBe('SAML_2_0');
    expect(payload.settings?.app).toEqual({ subdomain: 'acme-corp' });
    expect(payload.settings?.signOn?.ssoAcsUrl).toBe('https://acme-corp.slack.com/sso/saml');
    expect(entered).toEqual(['signOn', 'username', 'usernameUpdate', 'done']);
    await expectAccessible(element);
  });
});
