import { defineElement } from '../../internal/define-element.js';
import { IkSystemLog } from './system-log.js';

defineElement('ik-system-log', IkSystemLog);

export { IkSystemLog };

declare global {
  interface HTMLElementTagNameMap {
    'ik-system-log': IkSystemLog;
  }
}
