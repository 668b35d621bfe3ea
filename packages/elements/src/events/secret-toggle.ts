/** Fired by `<ik-secret-field>` when the user shows or hides the secret. */
export class IkSecretToggleEvent extends Event {
  static readonly type = 'ik-secret-toggle';
  readonly detail: { readonly revealed: boolean };

  constructor(revealed: boolean) {
    super(IkSecretToggleEvent.type, { bubbles: true, composed: true });
    this.detail = { revealed };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-secret-toggle': IkSecretToggleEvent;
  }
}
