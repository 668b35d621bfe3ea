// "Create App Integration" on the Applications page: <ik-create-integration> in a dialog, creating
// the app through the same session client. Closing the dialog starts the wizard over, which also
// forgets a client secret that was on screen (it is shown once). Loaded on the button's first click.
import type { IntegrakitClient } from '@integrakit/core/client';
import '@integrakit/elements/create-integration/define';
import type { DialogParts } from './lazy-dialog.js';

/** Wires the wizard and the dialog's close button; `onCreated` refreshes the list. */
export function wireCreateApp(client: IntegrakitClient, parts: DialogParts, onCreated: (label: string) => void): void {
  const { dialog, close } = parts;
  const wizard = dialog.querySelector('ik-create-integration');
  if (wizard === null) throw new Error('<ik-create-integration> is missing from index.html');
  wizard.client = client;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => wizard.reset());
  wizard.addEventListener('ik-wizard-cancel', () => dialog.close());
  wizard.addEventListener('ik-integration-saved', (event) => onCreated(String(event.detail.app.label ?? '')));
}
