import type { OktaApp } from '@integrakit/core/client';

/**
 * Fired by `<ik-integration>` when the user clicks **Test sign-in** (`detail.app`, as last read). The
 * element only asks: the host starts the test (e.g. the reference server's
 * `POST /api/v1/apps/{id}/test-sign-in`) and opens the URL it returns.
 */
export class IkIntegrationTestSignInEvent extends Event {
  static readonly type = 'ik-integration-test-sign-in';
  readonly detail: { readonly app: OktaApp };

  constructor(app: OktaApp) {
    super(IkIntegrationTestSignInEvent.type, { bubbles: true, composed: true });
    this.detail = { app };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-integration-test-sign-in': IkIntegrationTestSignInEvent;
  }
}
