import { afterEach, describe, expect, it } from 'vitest';
import { memoryOrg, samlApp } from '../integration/__fixtures__/memory-org.js';
import { part, shadow } from './__fixtures__/org.js';
import type { IkAssignments } from './assignments.js';

// The people list's row window at the scale of issue 18 (10,000 people), as the catalog's grid is
// tested over 10,000 entries: an org held in memory, since assigning 10,000 people through the
// reference server's API would take minutes (its paging is tested in assignments.paging.server.test.ts).

const PEOPLE = 10_000;
const PAGE = 500;

afterEach(() => {
  document.body.replaceChildren();
});

const heading = (element: IkAssignments) =>
  part(element, '#people-heading').textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (element: IkAssignments) => [...shadow(element).querySelectorAll<HTMLElement>('[part="person"]')];

describe('<ik-assignments> people list over 10,000 people', () => {
  it('loads pages as they come into view with a bounded DOM, and puts rows deep in the list where a full list would', async () => {
    const { client } = memoryOrg({
      app: samlApp('Acme Portal', 'kid-current'),
      people: PEOPLE,
      assignedPeople: PEOPLE,
    });
    const order: string[] = [];
    for await (const user of client.assignments.users('0oa1saml')) order.push(user.id);
    const element = document.createElement('ik-assignments');
    element.client = client;
    element.appId = '0oa1saml';
    element.pageSize = PAGE;
    document.body.append(element);
    await expect.poll(() => heading(element)).toBe(`People ${PAGE}+ people`);
    const list = part(element, '[part="people-list"]');
    expect(rows(element).length).toBeLessThan(100);

    await expect
      .poll(
        () => {
          list.scrollTop = list.scrollHeight;
          return heading(element);
        },
        { timeout: 60_000 },
      )
      .toBe(`People ${PEOPLE} people`);
    expect(rows(element).length).toBeLessThan(100);
    const rowHeight = rows(element)[0]?.getBoundingClientRect().height ?? 0;
    // The space standing for the rows not rendered adds up to the height of all rows.
    expect(Math.abs(list.scrollHeight - PEOPLE * rowHeight)).toBeLessThan(1);

    list.scrollTop = 7654.5 * rowHeight;
    const top = Math.floor(list.scrollTop / rowHeight);
    const atEdge = () => {
      const edge = list.getBoundingClientRect().top + 1;
      const row = rows(element).find((candidate) => {
        const box = candidate.getBoundingClientRect();
        return box.top <= edge && edge < box.bottom;
      });
      return [row?.getAttribute('aria-posinset'), row?.dataset.id];
    };
    await expect.poll(atEdge).toEqual([String(top + 1), order[top]]);
    expect(rows(element).length).toBeLessThan(100);
  }, 120_000);
});

describe('<ik-assignments> people list height', () => {
  it('is as tall as its rows when they are few, and scrolls at --ik-assignments-list-height when they are many', async () => {
    const mount = async (people: number) => {
      const { client } = memoryOrg({ app: samlApp('Acme Portal', 'kid-current'), people, assignedPeople: people });
      const element = document.createElement('ik-assignments');
      element.client = client;
      element.appId = '0oa1saml';
      element.style.setProperty('--ik-assignments-list-height', '20rem');
      document.body.append(element);
      await expect.poll(() => rows(element).length).toBeGreaterThan(0);
      return part(element, '[part="people-list"]');
    };
    const short = await mount(1);
    const rowHeight = short.querySelector('[part="person"]')?.getBoundingClientRect().height ?? 0;
    expect(Math.abs(short.clientHeight - rowHeight)).toBeLessThan(1);
    const long = await mount(50);
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(Math.round(long.getBoundingClientRect().height)).toBe(Math.round(20 * rem));
    expect(long.scrollHeight).toBeGreaterThan(long.clientHeight);
  });
});
