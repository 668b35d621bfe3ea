import { defineElement } from '../../internal/define-element.js';
import { IkAssignments } from './assignments.js';

defineElement('ik-assignments', IkAssignments);

export { IkAssignments };

declare global {
  interface HTMLElementTagNameMap {
    'ik-assignments': IkAssignments;
  }
}
