import { defineElement } from '../../internal/define-element.js';
import { IkSecretField } from './secret-field.js';

defineElement('ik-secret-field', IkSecretField);

export { IkSecretField };

declare global {
  interface HTMLElementTagNameMap {
    'ik-secret-field': IkSecretField;
  }
}
