import { html, LitElement, type TemplateResult } from 'lit';
import { baseStyles } from '../../styles/tokens.js';
import { en } from '../../translations/en.js';
import { withFormsTerms } from '../../translations/forms-terms.js';
import type { ConfigValues, FormContext } from '../forms/form-context.js';

/**
 * A bare element that renders one protocol form from its `values`, as a wizard would: changes
 * merge into `values`, errors come from `errors` by exact path. For testing the render functions alone.
 */
export class TestFormHost extends LitElement {
  static override styles = [baseStyles];
  static override properties = { values: { attribute: false }, errors: { attribute: false } };
  declare values: ConfigValues;
  declare errors: Readonly<Record<string, string>>;
  form: (values: ConfigValues, ctx: FormContext) => TemplateResult = () => html``;
  readonly changes: ConfigValues[] = [];

  constructor() {
    super();
    this.values = {};
    this.errors = {};
  }

  override render(): TemplateResult {
    const ctx: FormContext = {
      t: withFormsTerms(en),
      base: ['signOn', 'config'],
      error: (path) => this.errors[path.join('.')],
      change: (patch) => {
        this.changes.push(patch);
        this.values = { ...this.values, ...patch };
      },
      current: () => this.values,
    };
    return html`<form novalidate>${this.form(this.values, ctx)}</form>`;
  }
}

if (customElements.get('ik-test-form-host') === undefined) customElements.define('ik-test-form-host', TestFormHost);

/** Mounts a {@link TestFormHost} rendering `form` from `values`. */
export async function mountForm(
  form: TestFormHost['form'],
  values: ConfigValues = {},
  errors: Readonly<Record<string, string>> = {},
): Promise<TestFormHost> {
  const host = document.createElement('ik-test-form-host') as TestFormHost;
  host.form = form;
  host.values = values;
  host.errors = errors;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

/** An element in the host's shadow root, or a failure naming the selector. */
export function inside<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}
