/** What changed in `<ik-assignments>`: an assignment added or removed, or a group's priority. */
export interface AssignmentChange {
  readonly action: 'assign' | 'unassign' | 'reorder';
  readonly type: 'user' | 'group';
  /** The person's or group's id. */
  readonly id: string;
  /** The group's new position (0 is the highest priority), for `reorder`. */
  readonly position?: number;
}

/** Fired by `<ik-assignments>` after the server accepted a change the user made. */
export class IkAssignmentChangeEvent extends Event {
  static readonly type = 'ik-assignment-change';
  readonly detail: AssignmentChange;

  constructor(detail: AssignmentChange) {
    super(IkAssignmentChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-assignment-change': IkAssignmentChangeEvent;
  }
}
