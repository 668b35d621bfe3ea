/**
 * Fired by `<ik-add-integration>` when the user presses **Done** and the integration passed the
 * whole validation, before anything is sent: `detail.integration` is core's validated
 * `IntegrationDraft`, `detail.payload` its Okta app payload (secrets still `Secret`s). Cancelable:
 * `preventDefault()` stops the element from creating the app through its `client` (the host
 * creates it itself).
 */
export class IkIntegrationCreatedEvent extends Event {
  static readonly type = 'ik-integration-created';
  readonly detail: { readonly integration: unknown; readonly payload: Readonly<Record<string, unknown>> };

  constructor(integration: unknown, payload: Readonly<Record<string, unknown>>) {
    super(IkIntegrationCreatedEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { integration, payload };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-created': IkIntegrationCreatedEvent;
  }
}
