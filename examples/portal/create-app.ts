// "Create App Integration" on the Applications page: <ik-create-integration> in a dialog, creating
// the app through the same session client. Closing the dialog starts the wizard over, which also
// forgets a client secret that was on screen (it is shown once).
import type { IntegrakitClient } from '@integrakit/core/client';
import '@integrakit/elements/create-integration/define';

/** Wires the button, the dialog and the wizard; `onCreated` refreshes the list. */
export function wireCreateApp(
  client: IntegrakitClient,
  elements: { button: HTMLButtonElement; dialog: HTMLDialogElement; close: HTMLButtonElement },
  onCreated: (label: string) => void,
): void {
  const { button, dialog, close } = elements;
  const wizard = dialog.querySelector('ik-create-integration');
  if (wizard === null) throw new Error('<ik-create-integration> is missing from index.html');
  wizard.client = client;
  button.addEventListener('click', () => dialog.showModal());
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => wizard.reset());
  wizard.addEventListener('ik-wizard-cancel', () => dialog.close());
  wizard.addEventListener('ik-integration-saved', (event) => onCreated(String(event.detail.app.label ?? '')));
}
