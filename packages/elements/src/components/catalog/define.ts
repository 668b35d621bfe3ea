import { defineElement } from '../../internal/define-element.js';
import { IkCatalog } from './catalog.js';

defineElement('ik-catalog', IkCatalog);

export { IkCatalog };

declare global {
  interface HTMLElementTagNameMap {
    'ik-catalog': IkCatalog;
  }
}
