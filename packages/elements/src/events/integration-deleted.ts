/** Fired by `<ik-integration>` after the server deleted the app (`detail.appId`); the host should leave the page. */
export class IkIntegrationDeletedEvent extends Event {
  static readonly type = 'ik-integration-deleted';
  readonly detail: { readonly appId: string };

  constructor(appId: string) {
    super(IkIntegrationDeletedEvent.type, { bubbles: true, composed: true });
    this.detail = { appId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-deleted': IkIntegrationDeletedEvent;
  }
}
