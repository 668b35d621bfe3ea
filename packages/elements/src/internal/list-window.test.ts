import { css, html, LitElement, type TemplateResult, unsafeCSS } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { ListWindow } from './list-window.js';

// The people list's row window, in a bare host: a list of one-height rows, as `<ik-assignments>`
// renders them. The first update (before anything is laid out) renders the rows the list shows and
// no more; the rows around them follow once the list is measured.

const ROW = 52;
const HEIGHT = 384;

class WindowedList extends LitElement {
  static override styles = css`
    .list {
      block-size: ${unsafeCSS(HEIGHT)}px;
      overflow: auto;
    }
    .list::before,
    .list::after {
      content: '';
      display: block;
      block-size: var(--rows-before, 0);
    }
    .list::after {
      block-size: var(--rows-after, 0);
    }
    .row {
      box-sizing: border-box;
      block-size: ${unsafeCSS(ROW)}px;
    }
  `;
  readonly window = new ListWindow(this, {
    scroller: '.list',
    row: '.row',
    rowHeightEstimate: ROW,
    heightEstimate: HEIGHT,
  });
  /** The rows each update rendered, in order. */
  readonly rendered: number[][] = [];

  override render(): TemplateResult {
    const [first, last] = this.window.rows(1_000) ?? [0, -1];
    const rows = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
    this.rendered.push(rows);
    return html`<div class="list" @scroll=${this.window.onScroll}>
      ${rows.map((row) => html`<div class="row" data-row=${row}>Row ${row}</div>`)}
    </div>`;
  }
}
customElements.define('ik-test-windowed-list', WindowedList);

afterEach(() => {
  document.body.replaceChildren();
});

/** The rendered rows' boxes and the list's visible box, read from layout. */
function geometry(element: WindowedList) {
  const list = element.shadowRoot?.querySelector<HTMLElement>('.list');
  if (!list) throw new Error('no list');
  const view = list.getBoundingClientRect();
  const rows = [...list.querySelectorAll<HTMLElement>('.row')].map((row) => row.getBoundingClientRect());
  return { top: view.top, bottom: view.top + list.clientHeight, rows };
}

describe('ListWindow', () => {
  it('renders only the rows in view on the first update, and the rows around them once measured', async () => {
    const element = document.createElement('ik-test-windowed-list') as WindowedList;
    document.body.append(element);
    await element.updateComplete;

    const first = geometry(element);
    expect(element.rendered).toHaveLength(1);
    // Every rendered row shows, and the rows fill the list down to its bottom edge.
    expect(first.rows.every((row) => row.top < first.bottom && row.bottom > first.top)).toBe(true);
    expect(first.rows.at(-1)?.bottom).toBeGreaterThanOrEqual(first.bottom);

    // Measured after layout: rows below the view are rendered too, ready for a scroll or a Tab.
    await expect.poll(() => element.shadowRoot?.querySelectorAll('.row').length).toBeGreaterThan(first.rows.length);
    const measured = geometry(element);
    expect(measured.rows.some((row) => row.top >= measured.bottom)).toBe(true);
    expect(measured.rows.slice(0, first.rows.length)).toEqual(first.rows);
  });
});
