import { html, LitElement } from 'lit';
import { IkSecretToggleEvent } from '../../events/secret-toggle.js';
import { baseStyles } from '../../styles/tokens.js';
import { en } from '../../translations/en.js';
import { secretFieldStyles } from './secret-field.styles.js';

/**
 * A read-only secret (client secret, SCIM token, app password) that stays masked until the user
 * asks to see it. While hidden, the value is not in the DOM at all, and the mask has a fixed
 * length so it does not reveal the secret's length.
 *
 * @summary Masked secret with a show/hide toggle.
 * @csspart label - The field label.
 * @csspart value - The masked or revealed value.
 * @csspart toggle - The show/hide button.
 * @cssproperty --ik-secret-field-background - Background of the value box.
 * @event ik-secret-toggle - The user showed or hid the secret; `detail.revealed` is the new state.
 */
export class IkSecretField extends LitElement {
  static override styles = [baseStyles, secretFieldStyles];

  static override properties = {
    label: { type: String },
    value: { type: String, attribute: false },
    revealed: { type: Boolean, reflect: true },
  };

  /** Visible label naming the secret. */
  declare label: string;
  /** The secret. Set as a property only, so it never appears in markup. */
  declare value: string;
  /** Whether the secret is shown. @default false */
  declare revealed: boolean;

  constructor() {
    super();
    this.label = '';
    this.value = '';
    this.revealed = false;
  }

  override render() {
    return html`
      <span part="label" id="label">${this.label}</span>
      <span part="row">
        <code part="value" aria-labelledby="label">${this.revealed ? this.value : '••••••••••••'}</code>
        <button
          part="toggle"
          type="button"
          aria-pressed=${this.revealed ? 'true' : 'false'}
          @click=${this.#toggle}
        >
          ${this.revealed ? en.secretHide : en.secretShow}
        </button>
      </span>
    `;
  }

  #toggle() {
    this.revealed = !this.revealed;
    this.dispatchEvent(new IkSecretToggleEvent(this.revealed));
  }
}
