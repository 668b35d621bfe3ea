// The page bench/add-integration.bench.mjs drives: <ik-add-integration> with Slack, timing user
// step changes (Next and Back between General Settings and Sign-On Options); and the create
// wizard's largest form (SAML with 20 attribute statements), timing validation after a keystroke.
import { parseCatalogEntries } from '@integrakit/core/catalog';
import { exampleEntries } from '@integrakit/core/catalog-data';
import '../../src/components/add-integration/define.js';
import { bareForm, copiedForm, type FloorForm, floorKeystrokes } from './floor.js';

const slack = parseCatalogEntries(exampleEntries).find((entry) => entry.name === 'slack');

/** Clicks `button` and resolves with the time until the wizard entered the next step (rendered, focused, laid out). */
function timeStepChange(element: HTMLElement, button: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    element.addEventListener(
      'ik-step-enter',
      () => {
        void element.offsetHeight;
        resolve(performance.now() - start);
      },
      { once: true },
    );
    button.click();
  });
}

declare global {
  interface Window {
    ikBench: {
      stepChanges(count: number): Promise<number[]>;
      samlKeystrokes(count: number): Promise<KeystrokeTimes>;
      /** The floor: keystrokes in a copy of the SAML form's DOM and styles, no Lit, no validation (replaces the form). */
      copiedKeystrokes(count: number): Promise<number[]>;
      /** The floor: keystrokes in a bare form of as many fields, default styles. */
      bareKeystrokes(count: number): Promise<number[]>;
    };
  }
}

let copied: Promise<FloorForm> | undefined;
let bare: FloorForm | undefined;

window.ikBench = {
  samlKeystrokes,
  async copiedKeystrokes(count) {
    copied ??= samlForm().then(({ element }) => copiedForm(element, 'f-signOn.config.audience'));
    return floorKeystrokes(await copied, count);
  },
  async bareKeystrokes(count) {
    // Configure SAML's own fields, then the 20 statements' name, name format and value.
    bare ??= bareForm(document.getElementById('host') as HTMLElement, 6, 20);
    return floorKeystrokes(bare, count);
  },
  async stepChanges(count) {
    const element = document.createElement('ik-add-integration');
    // No protocol modules: the two steps timed validate tenant settings only.
    element.protocols = {};
    element.entry = slack;
    document.getElementById('host')?.replaceChildren(element);
    await element.updateComplete;
    const input = element.shadowRoot?.getElementById('f-tenantSettings.subdomain') as HTMLInputElement;
    input.value = 'acme';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const times: number[] = [];
    for (let run = 0; run < count; run++) {
      const part = run % 2 === 0 ? 'next' : 'back';
      const button = element.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`);
      if (button === null || button === undefined) throw new Error(`no ${part} button`);
      times.push(await timeStepChange(element, button));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return times;
  },
};

/** Resolves once `ready()` holds, checked between tasks. */
function until(ready: () => boolean): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => (ready() ? resolve() : channel.port2.postMessage(null));
    channel.port2.postMessage(null);
  });
}

/** Types `value` into the field `id` of `root` as one input event. */
function type(root: ShadowRoot, id: string, value: string): void {
  const input = root.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * <ik-create-integration> on Configure SAML with 20 attribute statements, after a refused Next (so
 * every keystroke re-checks the step's issues) that shows the SAML module's errors: 20 empty values
 * and the audience.
 */
async function samlForm(): Promise<{ element: HTMLElement & { updateComplete: Promise<boolean> }; root: ShadowRoot }> {
  await import('../../src/components/create-integration/define.js');
  const element = document.createElement('ik-create-integration');
  document.getElementById('host')?.replaceChildren(element);
  await element.updateComplete;
  const root = element.shadowRoot as ShadowRoot;
  const next = () => root.querySelector<HTMLElement>('[part="next"]')?.click();
  (root.getElementById('f-signOn.protocol-1') as HTMLElement).click();
  await element.updateComplete;
  next();
  await until(() => root.getElementById('f-label') !== null);
  type(root, 'f-label', 'Benchmark SP');
  await element.updateComplete;
  next();
  await until(() => root.getElementById('f-signOn.config.attributeStatements-add') !== null);
  for (let index = 0; index < 20; index++) {
    (root.getElementById('f-signOn.config.attributeStatements-add') as HTMLElement).click();
    await element.updateComplete;
    type(root, `f-signOn.config.attributeStatements.${index}.name`, `attribute${index}`);
    await element.updateComplete;
  }
  type(root, 'f-signOn.config.ssoUrl', 'https://sp.example.test/acs');
  // The SAML module loads when the method is chosen, and Next waits for it: press Next until the
  // form's own refusal shows, an empty value in each statement (and the audience).
  for (let attempt = 0; root.querySelectorAll('#error-summary li').length < 20; attempt++) {
    if (attempt === 200) throw new Error('the SAML module did not load: Next shows no statement errors');
    next();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const statements = root.querySelectorAll('[id^="f-signOn.config.attributeStatements."][id$=".name"]').length;
  if (statements !== 20) throw new Error(`Configure SAML shows ${statements} attribute statements, not 20`);
  return { element, root };
}

let saml: ReturnType<typeof samlForm> | undefined;

/** Per keystroke: the whole keystroke, and the kit's own share of it. */
interface KeystrokeTimes {
  /** The value set and the `input` event → the step re-rendered and laid out (style and layout forced). */
  readonly total: number[];
  /**
   * The `input` event dispatched → Lit's `updateComplete` resolved: the wizard's handler, the field's
   * recheck and the re-render with its result, script only (no style or layout is forced before).
   */
  readonly kit: number[];
}

/**
 * The times of each keystroke in the audience field of {@link samlForm} (built on the first call,
 * kept for the next, so a warm-up call warms the form up).
 */
async function samlKeystrokes(count: number): Promise<KeystrokeTimes> {
  saml ??= samlForm();
  const { element, root } = await saml;
  const input = root.getElementById('f-signOn.config.audience') as HTMLInputElement;
  const total: number[] = [];
  const kit: number[] = [];
  let audience = '';
  for (let key = 0; key < count; key++) {
    audience = key % 40 === 0 ? 'h' : `${audience}${'https://sp.example.test/'.charAt(key % 24) || 'x'}`;
    const start = performance.now();
    input.value = audience;
    const dispatched = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    kit.push(performance.now() - dispatched);
    void element.offsetHeight;
    total.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return { total, kit };
}
