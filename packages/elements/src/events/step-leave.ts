/**
 * Fired by a wizard (`<ik-add-integration>`, `<ik-create-integration>`) before the user moves from
 * one step to another with **Next**, **Back** or the step indicator, after the step was validated.
 * Cancelable: `preventDefault()` keeps the current step. Not fired for state the host sets.
 */
export class IkStepLeaveEvent extends Event {
  static readonly type = 'ik-step-leave';
  readonly detail: { readonly from: string; readonly to: string };

  constructor(from: string, to: string) {
    super(IkStepLeaveEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { from, to };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-step-leave': IkStepLeaveEvent;
  }
}
