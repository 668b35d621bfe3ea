/**
 * Fired by `<ik-add-integration>` after its `client` created the app (`POST /api/v1/apps`), with
 * the app the server returned (`detail.app`: `id`, `label`, `signOnMode`, `status`, …).
 */
export class IkIntegrationSavedEvent extends Event {
  static readonly type = 'ik-integration-saved';
  readonly detail: { readonly app: Readonly<Record<string, unknown>> };

  constructor(app: Readonly<Record<string, unknown>>) {
    super(IkIntegrationSavedEvent.type, { bubbles: true, composed: true });
    this.detail = { app };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-saved': IkIntegrationSavedEvent;
  }
}
