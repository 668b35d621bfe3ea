/**
 * Fired by `<ik-catalog>` when the user opens an entry's details (`name`) or goes back to the
 * results (`name` is `undefined`), so hosts can keep the URL in sync. Not fired for changes the
 * host makes through the `selected` property.
 */
export class IkIntegrationSelectEvent extends Event {
  static readonly type = 'ik-integration-select';
  readonly detail: { readonly name: string | undefined };

  constructor(name: string | undefined) {
    super(IkIntegrationSelectEvent.type, { bubbles: true, composed: true });
    this.detail = { name };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-select': IkIntegrationSelectEvent;
  }
}
