/** Fired by `<ik-integration>` when the app has loaded (and after every reload), with the app (`detail.app`). */
export class IkIntegrationLoadedEvent extends Event {
  static readonly type = 'ik-integration-loaded';
  readonly detail: { readonly app: Readonly<Record<string, unknown>> };

  constructor(app: Readonly<Record<string, unknown>>) {
    super(IkIntegrationLoadedEvent.type, { bubbles: true, composed: true });
    this.detail = { app };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-loaded': IkIntegrationLoadedEvent;
  }
}
