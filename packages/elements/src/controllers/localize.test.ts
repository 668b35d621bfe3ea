import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalizeController } from './localize.js';

class LocalizeProbe extends LitElement {
  readonly #localize = new LocalizeController(this);

  override render() {
    return html`${this.#localize.lang()} ${this.#localize.dir()}`;
  }
}
customElements.define('ik-test-localize-probe', LocalizeProbe);

const probe = () => document.createElement('ik-test-localize-probe') as LocalizeProbe;
// The render settles after the attribute change's mutation record is delivered.
const settled = async (element: LocalizeProbe) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element.shadowRoot?.textContent?.trim();
};

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
});

describe('LocalizeController', () => {
  it('follows its own, an ancestor’s and the document’s lang and dir as they change', async () => {
    const outer = document.createElement('div');
    const element = probe();
    outer.append(element);
    document.body.append(outer);
    expect(await settled(element)).toBe(`${document.documentElement.lang || 'en'} ltr`);
    outer.lang = 'fr';
    expect(await settled(element)).toBe('fr ltr');
    document.documentElement.dir = 'rtl';
    expect(await settled(element)).toBe('fr rtl');
    element.lang = 'de';
    element.dir = 'ltr';
    expect(await settled(element)).toBe('de ltr');
  });

  it('follows an ancestor inside a shadow root, and its new ancestors once moved', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'fr';
    const element = probe();
    section.append(element);
    root.append(section);
    document.body.append(host);
    expect(await settled(element)).toBe('fr ltr');
    section.lang = 'es';
    expect(await settled(element)).toBe('es ltr');
    const other = document.createElement('div');
    other.lang = 'it';
    document.body.append(other);
    other.append(element);
    // Moving re-renders nothing by itself; the next render reads the new ancestors.
    element.requestUpdate();
    expect(await settled(element)).toBe('it ltr');
  });
});
