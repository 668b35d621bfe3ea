import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { expectStep, field, mountCreate, part, shadow } from './__fixtures__/mount.js';

beforeAll(() => {
  registerTranslation(fr);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ik-create-integration> localization and direction', () => {
  it('speaks French under lang="fr" on every step it reaches', async () => {
    const element = await mountCreate((el) => el.setAttribute('lang', 'fr'));
    expect(part(element, '#step-heading').textContent?.trim()).toBe(
      'Étape 1 sur 3 : Créer une nouvelle intégration d’application',
    );
    expect(part(element, 'legend').textContent).toBe(fr.createMethod);
    await userEvent.click(field(element, 'f-signOn.protocol-1'));
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Étape 2 sur 5 : Paramètres généraux');
    expect(part(element, 'label[for="f-label"]').textContent?.trim()).toBe(fr.createAppName);
    await userEvent.fill(field(element, 'f-label'), 'SP');
    await userEvent.click(part(element, '[part="next"]'));
    await expectStep(element, 'Étape 3 sur 5 : Configurer SAML');
    expect(part(element, 'label[for="f-signOn.config.ssoUrl"]').textContent?.trim()).toBe(fr.samlSsoUrl);
    expect(part(element, '#f-signOn\\.config\\.attributeStatements-add').textContent?.trim()).toBe(
      fr.attributeStatementAdd,
    );
    await userEvent.click(part(element, '[part="next"]'));
    await expect
      .poll(() => shadow(element).querySelector('#error-summary a')?.textContent?.trim())
      .toBe(fr.wizardIssueAt(fr.samlSsoUrl, 'Ce champ ne peut pas être vide'));
    await expectAccessible(element);
  });

  it('lays fields out right to left and stays within 320 px', async () => {
    const element = await mountCreate((el) => {
      el.dir = 'rtl';
      el.style.width = '320px';
    }, 320);
    await userEvent.click(field(element, 'f-signOn.protocol'));
    const input = field(element, 'f-signOn.protocol').getBoundingClientRect();
    const label = part(element, 'label[for="f-signOn.protocol"]').getBoundingClientRect();
    expect(input.left).toBeGreaterThan(label.left);
    expect(element.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(element);
  });
});
