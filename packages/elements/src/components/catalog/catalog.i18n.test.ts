import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { fr } from '../../translations/fr.js';
import { registerTranslation } from '../../translations/registry.js';
import { testSource } from './__fixtures__/apps.js';
import { mountCatalog, optionTexts, part, shadow, suggestionsShown } from './__fixtures__/mount.js';

beforeAll(() => {
  registerTranslation(fr);
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('<ik-catalog> localization', () => {
  it('speaks French under lang="fr", including plurals and number formats', async () => {
    const catalog = await mountCatalog(testSource(), (element) => element.setAttribute('lang', 'fr'));
    const legends = [...shadow(catalog).querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual([fr.catalogUseCase, fr.catalogFunctionality, fr.catalogIndustry]);
    expect(part(catalog, '[role="status"]').textContent).toBe('12 résultats');
    expect(part(catalog, '#input').getAttribute('placeholder')).toBe('Rechercher une application');
    await userEvent.type(part(catalog, '#input'), 'zoo');
    await suggestionsShown(catalog);
    expect(optionTexts(catalog).at(-1)).toBe('Voir tous les résultats pour « zoo »');
    expect(part(catalog, '[role="status"]').textContent).toBe('1 suggestion');
    await expectAccessible(catalog);
  });

  it('follows the document language when it changes', async () => {
    const catalog = await mountCatalog(testSource());
    expect(part(catalog, '.filters-heading').textContent).toBe('Filters');
    document.documentElement.lang = 'fr-CA';
    await expect.poll(() => part(catalog, '.filters-heading').textContent).toBe('Filtres');
  });
});

describe('<ik-catalog> right-to-left', () => {
  it('mirrors the layout and arrow keys under dir="rtl"', async () => {
    const catalog = await mountCatalog(testSource(), (element) => {
      element.dir = 'rtl';
      element.style.width = '900px';
    });
    const filters = part(catalog, '[part="filters"]').getBoundingClientRect();
    const results = part(catalog, '[part="results"]').getBoundingClientRect();
    expect(filters.left).toBeGreaterThan(results.left);
    const first = part(catalog, '.tile[data-index="0"]').getBoundingClientRect();
    const second = part(catalog, '.tile[data-index="1"]').getBoundingClientRect();
    expect(first.left).toBeGreaterThan(second.left);

    part(catalog, '.tile[data-index="0"]').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect((shadow(catalog).activeElement as HTMLElement).dataset.index).toBe('1');
    await userEvent.keyboard('{ArrowRight}');
    expect((shadow(catalog).activeElement as HTMLElement).dataset.index).toBe('0');
    await expectAccessible(catalog);
  });
});
