import { defineElement } from '../../internal/define-element.js';
import { IkDashboard } from './dashboard.js';

defineElement('ik-dashboard', IkDashboard);

export { IkDashboard };

declare global {
  interface HTMLElementTagNameMap {
    'ik-dashboard': IkDashboard;
  }
}
