// The browser's own cost of one keystroke in a form the size of Configure SAML with 20 attribute
// statements, without Lit and without validation: the floor under the keystroke budget. Two forms:
// the wizard's own DOM and styles copied into a plain shadow root (no listeners, no bindings), and a
// bare form of the same fields with the browser's default styles.

/** A keystroke's floor form, and the input typed into. */
export interface FloorForm {
  readonly host: HTMLElement;
  readonly input: HTMLInputElement;
}

/**
 * The rendered step of `wizard` (its shadow DOM, cloned node by node so inputs keep their values, with
 * the same adopted style sheets) in a new element that replaces it on the page.
 */
export function copiedForm(wizard: HTMLElement, inputId: string): FloorForm {
  const source = wizard.shadowRoot as ShadowRoot;
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...source.adoptedStyleSheets];
  for (const node of source.childNodes) root.append(node.cloneNode(true));
  wizard.replaceWith(host);
  return { host, input: root.getElementById(inputId) as HTMLInputElement };
}

/**
 * A plain form in the light DOM, default styles: `fields` labelled inputs, each label and input in a
 * `<div>` of its own, then `rows` fieldsets of three such fields.
 */
export function bareForm(container: HTMLElement, fields: number, rows: number): FloorForm {
  const form = document.createElement('form');
  const field = (id: string) => {
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = id;
    const input = document.createElement('input');
    input.id = id;
    const wrapper = document.createElement('div');
    wrapper.append(label, input);
    return wrapper;
  };
  for (let index = 0; index < fields; index++) form.append(field(`field-${index}`));
  for (let row = 0; row < rows; row++) {
    const fieldset = document.createElement('fieldset');
    fieldset.append(field(`row-${row}-name`), field(`row-${row}-format`), field(`row-${row}-value`));
    form.append(fieldset);
  }
  container.replaceChildren(form);
  return { host: form, input: form.querySelector('input') as HTMLInputElement };
}

/** Times `count` keystrokes in `form`: a value set and an `input` event, then style and layout forced. */
export async function floorKeystrokes(form: FloorForm, count: number): Promise<number[]> {
  const times: number[] = [];
  let value = '';
  for (let key = 0; key < count; key++) {
    value = key % 40 === 0 ? 'h' : `${value}${'https://sp.example.test/'.charAt(key % 24) || 'x'}`;
    const start = performance.now();
    form.input.value = value;
    form.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    void form.host.offsetHeight;
    times.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return times;
}
