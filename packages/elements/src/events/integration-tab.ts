/** The tabs of `<ik-integration>`. */
export type IntegrationTab = 'general' | 'sign-on' | 'provisioning' | 'assignments';

/** Fired by `<ik-integration>` when the user opens another tab (`detail.tab`); not when the host sets `tab`. */
export class IkIntegrationTabEvent extends Event {
  static readonly type = 'ik-integration-tab';
  readonly detail: { readonly tab: IntegrationTab };

  constructor(tab: IntegrationTab) {
    super(IkIntegrationTabEvent.type, { bubbles: true, composed: true });
    this.detail = { tab };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-tab': IkIntegrationTabEvent;
  }
}
