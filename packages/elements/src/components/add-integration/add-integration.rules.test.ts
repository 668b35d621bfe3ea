// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta username templates are literal `${…}` text.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { acme, scimConnection } from './__fixtures__/entries.js';
import { expectStep, field, focusedId, mountAdd, part, shadow, summaryLinks } from './__fixtures__/mount.js';
import type { IkAddIntegration } from './add-integration.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function next(element: IkAddIntegration): Promise<void> {
  await userEvent.click(part(element, '[part="next"]'));
}

async function throughGeneral(element: IkAddIntegration): Promise<void> {
  await userEvent.type(field(element, 'f-tenantSettings.subdomain'), 'tenant1');
  await next(element);
  await expectStep(element, 'Step 2 of 4: Sign-On Options');
}

describe('<ik-add-integration> rules', () => {
  it('offers only the entry’s modes as a radio group and needs a choice', async () => {
    const element = await mountAdd(acme);
    await throughGeneral(element);
    const radios = [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="protocol"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['saml', 'swa']);
    expect(radios.some((radio) => radio.checked)).toBe(false);
    await next(element);
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    expect(summaryLinks(element)).toEqual(['Sign on methods: This field cannot be left blank']);
    expect(field(element, 'f-signOn.protocol').getAttribute('aria-describedby')).toBe('f-signOn.protocol-error');
    await expectAccessible(element);
    await userEvent.click(part(element, '#error-summary a'));
    expect(focusedId(element)).toBe('f-signOn.protocol-saml');
  });

  it('explains and enforces the SWA vs Sync Password rule', async () => {
    const element = await mountAdd(acme, (add) => {
      add.provisioning = { type: 'scim', connection: scimConnection, features: { create: true, syncPassword: true } };
    });
    await throughGeneral(element);
    const note = part(element, '#swa-locked');
    expect(note.textContent).toContain('Sync Password is on');
    expect(field(element, 'f-signOn.protocol').getAttribute('aria-describedby')).toBe('swa-locked');
    await userEvent.click(field(element, 'f-signOn.protocol-swa'));
    const loginUrl = field(element, 'f-signOn.config.loginUrl');
    expect(loginUrl.readOnly).toBe(true);
    expect(loginUrl.value).toBe('https://tenant1.acme.example.com/login');
    await expectAccessible(element);
    // Without Sync Password the same field is editable and no note is shown.
    element.provisioning = { type: 'none' };
    await element.updateComplete;
    expect(shadow(element).querySelector('#swa-locked')).toBeNull();
  });

  it('shows Password reveal only for SWA', async () => {
    const element = await mountAdd(acme);
    await throughGeneral(element);
    await userEvent.click(field(element, 'f-signOn.protocol-swa'));
    expect([...shadow(element).querySelectorAll('[part="step"]')].map((step) => step.textContent?.trim())).toHaveLength(
      5,
    );
    await next(element);
    await expectStep(element, 'Step 3 of 5: Application username format');
    await next(element);
    await next(element);
    await expectStep(element, 'Step 5 of 5: Password reveal');
    await userEvent.click(field(element, 'f-revealPassword'));
    expect(field(element, 'f-revealPassword').checked).toBe(true);
    await expectAccessible(element);
  });

  it('explains a username of None when provisioning pushes users', async () => {
    const element = await mountAdd(acme, (add) => {
      add.provisioning = { type: 'scim', connection: scimConnection, features: { create: true } };
    });
    await throughGeneral(element);
    await userEvent.click(field(element, 'f-signOn.protocol-saml'));
    await next(element);
    await expectStep(element, 'Step 3 of 4: Application username format');
    await userEvent.selectOptions(field<HTMLSelectElement>(element, 'f-username.template'), 'NONE');
    await expect.poll(() => shadow(element).querySelector('[part="note"]')?.textContent).toContain('with None');
    expect(part(element, 'output').textContent).toBe('No username');
    await expectAccessible(element);
  });

  it('previews usernames live and shows a custom expression’s error where it starts', async () => {
    const element = await mountAdd(acme);
    await throughGeneral(element);
    await userEvent.click(field(element, 'f-signOn.protocol-saml'));
    await next(element);
    await userEvent.selectOptions(
      field<HTMLSelectElement>(element, 'f-username.template'),
      '${fn:substringBefore(source.email, "@")}',
    );
    await expect.poll(() => part(element, 'output').textContent).toBe('Isabella.Ramos');
    await userEvent.selectOptions(field<HTMLSelectElement>(element, 'f-username.template'), 'CUSTOM');
    const expression = field<HTMLTextAreaElement>(element, 'f-username.template.template');
    await userEvent.clear(expression);
    await userEvent.type(expression, 'user.firstName + "." + user.lastNme');
    // 1-based: `user.lastNme` starts after the 23 characters of `user.firstName + "." + `.
    await expect
      .poll(() => field(element, 'f-username.template.template-error').textContent)
      .toMatch(/At character 24: Unknown attribute 'user\.lastNme'/);
    expect(part(element, '[part="expression-error"]').textContent).toBe('user.lastNme');
    expect(expression.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(element);
    await next(element);
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    await userEvent.clear(expression);
    await userEvent.type(expression, 'user.firstName + "." + user.lastName');
    await expect.poll(() => part(element, 'output').textContent).toBe('Isabella.Ramos');
  });

  it('keeps every value through Back and Next, and Back never validates', async () => {
    const element = await mountAdd(acme);
    await userEvent.clear(field(element, 'f-label'));
    await userEvent.type(field(element, 'f-label'), 'Acme EU');
    await userEvent.click(field(element, 'f-visibility.hide.iOS'));
    await throughGeneral(element);
    await userEvent.click(field(element, 'f-signOn.protocol-saml'));
    await userEvent.type(field(element, 'f-signOn.config.defaultRelayState'), '/home');
    await next(element);
    await expectStep(element, 'Step 3 of 4: Application username format');
    await userEvent.click(part(element, '[part="back"]'));
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    expect(field(element, 'f-signOn.config.defaultRelayState').value).toBe('/home');
    await userEvent.clear(field(element, 'f-signOn.config.defaultRelayState'));
    await userEvent.type(field(element, 'f-signOn.config.defaultRelayState'), '/x');
    await userEvent.click(part(element, '[part="back"]'));
    await expectStep(element, 'Step 1 of 4: General Settings');
    expect(field(element, 'f-label').value).toBe('Acme EU');
    expect(field(element, 'f-tenantSettings.subdomain').value).toBe('tenant1');
    expect(field(element, 'f-visibility.hide.iOS').checked).toBe(true);
    await next(element);
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    expect(field(element, 'f-signOn.config.defaultRelayState').value).toBe('/x');
    // Completed steps in the indicator are buttons that go back to them.
    await userEvent.click(part(element, '[part="step"] button'));
    await expectStep(element, 'Step 1 of 4: General Settings');
    expect(field(element, 'f-label').value).toBe('Acme EU');
  });

  it('asks before cancelling once values were entered, and keeps them on Keep editing', async () => {
    const element = await mountAdd(acme);
    let cancels = 0;
    element.addEventListener('ik-wizard-cancel', () => cancels++);
    await userEvent.click(part(element, '[part="cancel"]'));
    expect(cancels).toBe(1);
    await userEvent.type(field(element, 'f-tenantSettings.subdomain'), 'abc');
    await userEvent.click(part(element, '[part="cancel"]'));
    await expect.poll(() => part<HTMLDialogElement>(element, '#cancel-confirm').open).toBe(true);
    expect(cancels).toBe(1);
    await expectAccessible(element);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => part<HTMLDialogElement>(element, '#cancel-confirm').open).toBe(false);
    expect(field(element, 'f-tenantSettings.subdomain').value).toBe('abc');
    await userEvent.click(part(element, '[part="cancel"]'));
    await expect.poll(() => part<HTMLDialogElement>(element, '#cancel-confirm').open).toBe(true);
    await userEvent.click(part(element, '#cancel-confirm button.danger'));
    expect(cancels).toBe(2);
  });
});
