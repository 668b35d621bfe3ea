/**
 * Fired by a wizard when the user cancels it (after confirming, when values were entered). The
 * wizard keeps its state; the host closes it, or sets a new entry to start over.
 */
export class IkWizardCancelEvent extends Event {
  static readonly type = 'ik-wizard-cancel';

  constructor() {
    super(IkWizardCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-wizard-cancel': IkWizardCancelEvent;
  }
}
