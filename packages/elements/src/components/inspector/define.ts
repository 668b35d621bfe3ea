import { defineElement } from '../../internal/define-element.js';
import { IkInspector } from './inspector.js';

defineElement('ik-inspector', IkInspector);

export { IkInspector };

declare global {
  interface HTMLElementTagNameMap {
    'ik-inspector': IkInspector;
  }
}
