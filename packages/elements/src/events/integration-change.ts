/** A change `<ik-integration>` is about to send to the server. */
export type IntegrationChange =
  | { readonly action: 'activate' | 'deactivate' | 'delete' }
  | { readonly action: 'save'; readonly body: Readonly<Record<string, unknown>> }
  | { readonly action: 'generate-key'; readonly validityYears: number }
  | { readonly action: 'activate-key'; readonly kid: string };

/**
 * Fired by `<ik-integration>` before it sends a change (`detail.change`: activate, deactivate,
 * delete, save with the `PUT` body, generate-key, activate-key). Cancelable: `preventDefault()`
 * vetoes it and nothing is sent.
 */
export class IkIntegrationChangeEvent extends Event {
  static readonly type = 'ik-integration-change';
  readonly detail: { readonly appId: string; readonly change: IntegrationChange };

  constructor(appId: string, change: IntegrationChange) {
    super(IkIntegrationChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { appId, change };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-change': IkIntegrationChangeEvent;
  }
}
