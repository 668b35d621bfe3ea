/**
 * Fired by a wizard after the user's move to another step (`detail.step`, `done` at the end), once
 * the step is on screen and its heading has focus. Hosts can keep the step in their URL.
 */
export class IkStepEnterEvent extends Event {
  static readonly type = 'ik-step-enter';
  readonly detail: { readonly step: string };

  constructor(step: string) {
    super(IkStepEnterEvent.type, { bubbles: true, composed: true });
    this.detail = { step };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-step-enter': IkStepEnterEvent;
  }
}
