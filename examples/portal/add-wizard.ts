// The add wizard's code (<ik-add-integration> and the protocol modules it validates with), loaded
// when a catalog entry's "Add Integration" is first chosen rather than with the catalog.
import type { IntegrakitClient } from '@integrakit/core/client';
import { defaultProtocols } from '@integrakit/core/protocols';
import '@integrakit/elements/add-integration/define';

/** Gives the (now defined) wizard its protocol modules and the session client. */
export function wireAddWizard(wizard: HTMLElementTagNameMap['ik-add-integration'], client: IntegrakitClient): void {
  wizard.protocols = defaultProtocols;
  wizard.client = client;
}
