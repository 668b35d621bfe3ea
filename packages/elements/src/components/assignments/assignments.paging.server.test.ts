import type { IntegrakitClient } from '@integrakit/core/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test-utils/axe.js';
import { referenceClient, referenceServerForThisFile } from '../../test-utils/reference-server.js';
import { bookmarkApp, mountAssignments, part, person, shadow } from './__fixtures__/org.js';
import type { IkAssignments } from './assignments.js';

// The people list loads a page at a time as it scrolls, against the reference server's paging.

const PEOPLE = 36;
const PAGE = 10;

const server = referenceServerForThisFile();
let client: IntegrakitClient;
let appId: string;
let assigned: string[];
beforeAll(async () => {
  client = referenceClient(server.url);
  appId = (await bookmarkApp(client, 'Scrolling')).id;
  assigned = [];
  for (let index = 0; index < PEOPLE; index++) {
    const user = await person(client, 'Pat', `Page${String(index).padStart(2, '0')}`);
    await client.appUsers.assign(appId, { id: user.id });
    assigned.push(user.id);
  }
}, 300_000);
afterEach(() => {
  document.body.replaceChildren();
});

const heading = (element: IkAssignments) =>
  part(element, '#people-heading').textContent?.replace(/\s+/g, ' ').trim() ?? '';
const list = (element: IkAssignments) => part(element, '[part="people-list"]');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Scrolls the list to its end until every assigned person is listed (the heading says how many). */
const scrollUntilAllListed = (element: IkAssignments) =>
  expect
    .poll(
      () => {
        list(element).scrollTop = list(element).scrollHeight;
        return heading(element);
      },
      { timeout: 60_000 },
    )
    .toBe(`People ${PEOPLE} people`);

/** The rendered rows as position → person id. */
const renderedRows = (element: IkAssignments) =>
  [...shadow(element).querySelectorAll<HTMLElement>('[part="person"]')].map(
    (row) => [Number(row.getAttribute('aria-posinset')), row.dataset.id ?? ''] as const,
  );

describe('<ik-assignments> people list, paged from the server', () => {
  it('loads the next page as the list scrolls, until every person is listed once', async () => {
    const element = await mountAssignments(client, appId, PAGE);
    await expect.poll(() => heading(element), { timeout: 20_000 }).toMatch(/^People \d+\+ people$/);
    const first = Number(/(\d+)\+/.exec(heading(element))?.[1]);
    // Only what fills the list (and half a page below it) is read up front.
    expect(first).toBeLessThan(PEOPLE);
    expect(renderedRows(element).every(([, id]) => id !== '')).toBe(true);
    expect(part(element, '[part="person"]').getAttribute('aria-setsize')).toBe('-1');

    const scroller = list(element);
    await scrollUntilAllListed(element);
    expect(part(element, '[part="load-more"]')).toBeNull();

    // Walks the list top to bottom: every position holds one person, each person once, in the server's order.
    const seen = new Map<number, string>();
    for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top;
      await frame();
      for (const [position, id] of renderedRows(element)) {
        expect(seen.get(position) ?? id).toBe(id);
        seen.set(position, id);
      }
    }
    const ids = [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
    expect(ids).toEqual([...assigned].sort());
    expect(part(element, '[part="person"]').getAttribute('aria-setsize')).toBe(String(PEOPLE));
    // Every person was listed, yet only the rows near the view are in the DOM.
    expect(renderedRows(element).length).toBeLessThan(PEOPLE);
    await expectAccessible(element);
  }, 120_000);

  it('renders only the rows near the view, each where the full list would have it, deep into the list', async () => {
    const element = await mountAssignments(client, appId, PAGE);
    // A list a few rows tall, so the people assigned here make a list many screens long.
    element.style.setProperty('--ik-assignments-list-height', '8rem');
    const scroller = list(element);
    await scrollUntilAllListed(element);
    await frame();
    const rowHeight = part(element, '[part="person"]').getBoundingClientRect().height;
    // The space standing for the rows not rendered adds up to the height of all rows.
    expect(Math.abs(scroller.scrollHeight - PEOPLE * rowHeight)).toBeLessThan(1);
    expect(renderedRows(element).length).toBeLessThan(PEOPLE / 2);

    const order = [...assigned].sort();
    for (const deep of [PEOPLE - 7.5, 3.25, 20.5]) {
      scroller.scrollTop = deep * rowHeight;
      const top = Math.floor(scroller.scrollTop / rowHeight);
      // The row at the list's top edge is the one the offset says, and it holds that person.
      const atEdge = () => {
        const edge = scroller.getBoundingClientRect().top + 1;
        const row = [...shadow(element).querySelectorAll<HTMLElement>('[part="person"]')].find((candidate) => {
          const box = candidate.getBoundingClientRect();
          return box.top <= edge && edge < box.bottom;
        });
        return [row?.getAttribute('aria-posinset'), row?.dataset.id];
      };
      await expect.poll(atEdge).toEqual([String(top + 1), order[top]]);
      expect(renderedRows(element).length).toBeLessThan(PEOPLE / 2);
    }
  }, 120_000);

  it('reaches the people past the first page with the keyboard alone', async () => {
    const element = await mountAssignments(client, appId, PAGE);
    await expect.poll(() => heading(element), { timeout: 20_000 }).toMatch(/\+ people$/);
    part<HTMLButtonElement>(element, '[part="unassign"]').focus();
    const focusedPosition = () =>
      Number(shadow(element).activeElement?.closest('[part="person"]')?.getAttribute('aria-posinset'));
    expect(focusedPosition()).toBe(1);
    // Each Tab moves to the next person's Unassign; the list scrolls with the focus and loads on.
    for (let position = 2; position <= 2 * PAGE + 5; position++) {
      // As a reader waits for a busy list: the page asked for when the focus neared the end is in.
      await frame();
      await frame();
      await expect.poll(() => list(element).getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
      await userEvent.keyboard('{Tab}');
      await expect.poll(focusedPosition, { timeout: 20_000 }).toBe(position);
    }
    expect(heading(element)).not.toBe(`People ${PAGE}+ people`);
  }, 120_000);
});
