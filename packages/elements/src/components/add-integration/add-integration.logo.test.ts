import { afterEach, describe, expect, it } from 'vitest';
import { exampleEntry, mountAdd, part } from './__fixtures__/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The title's logo as drawn (markup without Lit's comment markers). */
const logo = (element: HTMLElement) =>
  part(element, '[part="title"]').firstElementChild?.outerHTML.replace(/<!--[^>]*-->/g, '');

describe('<ik-add-integration> title logo', () => {
  it('draws the logo of a new entry when the entry changes, as a fresh element draws it', async () => {
    const element = await mountAdd(exampleEntry('slack'));
    const slack = logo(element);
    element.entry = exampleEntry('trello');
    await element.updateComplete;
    const fresh = await mountAdd(exampleEntry('trello'));
    expect(logo(element)).toBe(logo(fresh));
    expect(logo(element)).not.toBe(slack);
  });
});
