import { defineElement } from '../../internal/define-element.js';
import '../secret-field/define.js';
import { IkCreateIntegration } from './create-integration.js';

defineElement('ik-create-integration', IkCreateIntegration);

export { IkCreateIntegration };

declare global {
  interface HTMLElementTagNameMap {
    'ik-create-integration': IkCreateIntegration;
  }
}
