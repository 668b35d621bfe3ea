import { afterEach, describe, expect, it } from 'vitest';
import { memoryOrg, samlApp } from '../integration/__fixtures__/memory-org.js';
import { shadow } from './__fixtures__/org.js';
import type { IkAssignments } from './assignments.js';
import './define.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The right edge of `element`'s text, and of its own box (each is a block as wide as its column). */
function rightEdges(element: Element): { text: number; box: number } {
  const range = document.createRange();
  range.selectNodeContents(element);
  return { text: range.getBoundingClientRect().right, box: element.getBoundingClientRect().right };
}

describe('<ik-assignments> in a right-to-left page', () => {
  it("lines up people's names and groups' names and descriptions (left-to-right text) with the page's start, the right", async () => {
    const { client } = memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), assignedPeople: 3, assignedGroups: 2 });
    const element = document.createElement('ik-assignments') as IkAssignments;
    element.client = client;
    element.appId = '0oa1saml';
    element.dir = 'rtl';
    element.style.inlineSize = '900px';
    document.body.append(element);
    await expect.poll(() => shadow(element).querySelectorAll('.group-name').length).toBe(2);
    await expect.poll(() => shadow(element).querySelectorAll('[part="person"]').length).toBeGreaterThanOrEqual(3);
    const texts = [
      ...shadow(element).querySelectorAll('.person-name [dir="auto"]'),
      ...shadow(element).querySelectorAll('.group-name, .group-description'),
    ];
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const text of texts) {
      const { text: right, box } = rightEdges(text);
      expect(Math.abs(box - right), text.textContent ?? '').toBeLessThan(2);
    }
  });
});
