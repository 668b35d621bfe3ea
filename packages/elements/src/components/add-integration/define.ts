import { defineElement } from '../../internal/define-element.js';
import { IkAddIntegration } from './add-integration.js';

defineElement('ik-add-integration', IkAddIntegration);

export { IkAddIntegration };

declare global {
  interface HTMLElementTagNameMap {
    'ik-add-integration': IkAddIntegration;
  }
}
