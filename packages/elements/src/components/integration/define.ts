import { defineElement } from '../../internal/define-element.js';
import { IkIntegration } from './integration.js';

defineElement('ik-integration', IkIntegration);

export { IkIntegration };

declare global {
  interface HTMLElementTagNameMap {
    'ik-integration': IkIntegration;
  }
}
