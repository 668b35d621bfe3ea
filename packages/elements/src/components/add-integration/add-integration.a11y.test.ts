import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IkIntegrationCreatedEvent } from '../../events/integration-created.js';
import { expectAccessible } from '../../test-utils/axe.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { acme, hostileEntry } from './__fixtures__/entries.js';
import { exampleEntry, expectStep, field, focusedId, mountAdd, part, shadow } from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('<ik-add-integration> accessibility and safety', () => {
  it('completes Slack with the keyboard only', async () => {
    const element = await mountAdd(exampleEntry('slack'));
    const created: IkIntegrationCreatedEvent[] = [];
    element.addEventListener('ik-integration-created', (event) => created.push(event));
    element.focus();
    await userEvent.keyboard('{Tab}');
    expect(focusedId(element)).toBe('f-tenantSettings.subdomain');
    // Enter in a field is Next; a refusal focuses the summary, whose link leads back to the field.
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focusedId(element)).toBe('error-summary');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    expect(focusedId(element)).toBe('f-tenantSettings.subdomain');
    await userEvent.keyboard('acme{Enter}');
    await expectStep(element, 'Step 2 of 4: Sign-On Options');
    await userEvent.keyboard('{Tab}');
    expect(focusedId(element)).toBe('f-signOn.protocol-saml');
    await userEvent.keyboard('{Tab}{Enter}');
    await expectStep(element, 'Step 3 of 4: Application username format');
    await userEvent.keyboard('{Tab}');
    expect(focusedId(element)).toBe('f-username.template');
    // Tab past the select to Next (the preview is not focusable) and press it.
    await userEvent.keyboard('{Tab}');
    expect(shadow(element).activeElement?.getAttribute('part')).toBe('next');
    await userEvent.keyboard('{Enter}');
    await expectStep(element, 'Step 4 of 4: Update application username on');
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.poll(() => created.length).toBe(1);
  });

  it('renders hostile catalog strings as inert text in every field and preview', async () => {
    for (let index = 0; index < 6; index++) {
      const element = await mountAdd(hostileEntry(index));
      await userEvent.type(field(element, 'f-tenantSettings.subdomain'), 'x');
      await userEvent.click(part(element, '[part="next"]'));
      // The hostile pattern is an invalid regular expression: the value is refused, nothing breaks.
      await expect.poll(() => focusedId(element)).toBe('error-summary');
      const label = element.shadowRoot?.querySelector('label[for="f-tenantSettings.subdomain"]');
      expect(label?.textContent).toContain('Label ');
      expect(
        shadow(element).querySelectorAll('script, iframe, object, [onerror], [onload], [onmouseover]'),
      ).toHaveLength(0);
      expect(part(element, '[part="title"] img, [part="title"] svg').getAttribute('src') ?? '').not.toMatch(
        /^javascript:/,
      );
      await expectAccessible(element);
      element.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__ikXss).toBeUndefined();
  });

  it('speaks French and lays out right to left', async () => {
    registerTranslation(fr);
    document.documentElement.lang = 'fr';
    document.documentElement.dir = 'rtl';
    const element = await mountAdd(acme);
    expect(part(element, '#step-heading').textContent?.trim()).toBe('Étape 1 sur 4 : Paramètres généraux');
    expect(part(element, '[part="next"]').textContent?.trim()).toBe('Suivant');
    expect(part(element, 'label[for="f-label"]').textContent?.trim()).toBe('Libellé de l’application');
    expect(getComputedStyle(part(element, '.nav')).direction).toBe('rtl');
    await userEvent.click(part(element, '[part="next"]'));
    await expect.poll(() => part(element, '#error-summary').textContent).toContain('Ce champ ne peut pas être vide');
    await userEvent.type(field(element, 'f-tenantSettings.subdomain'), 'tenant');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Étape 2 sur 4 : Options d’authentification');
    expect(part(element, 'legend').textContent).toBe('Méthodes d’authentification');
    await expectAccessible(element);
  });
});
