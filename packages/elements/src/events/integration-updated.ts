/** Fired by `<ik-integration>` after a change was saved on the server (settings, status, signing key), with the app as the server returned it (`detail.app`). */
export class IkIntegrationUpdatedEvent extends Event {
  static readonly type = 'ik-integration-updated';
  readonly detail: { readonly app: Readonly<Record<string, unknown>> };

  constructor(app: Readonly<Record<string, unknown>>) {
    super(IkIntegrationUpdatedEvent.type, { bubbles: true, composed: true });
    this.detail = { app };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-updated': IkIntegrationUpdatedEvent;
  }
}
