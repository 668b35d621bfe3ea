// "Browse App Catalog" on the Applications page: <ik-catalog> backed by the server's catalog
// endpoints, and <ik-add-integration> (wired with for="catalog") taking over the dialog when an
// entry's "Add Integration" is chosen. Loaded on the button's first click; the wizard's code loads
// on the first "Add Integration".
import type { IntegrakitClient } from '@integrakit/core/client';
import { remoteCatalogSource } from '@integrakit/elements/catalog';
import '@integrakit/elements/catalog/define';
import type { DialogParts } from './lazy-dialog.js';

/** Wires the catalog, the add wizard and the dialog's close button; `onAdded` refreshes the list. */
export function wireCatalog(client: IntegrakitClient, parts: DialogParts, onAdded: (label: string) => void): void {
  const { dialog, close } = parts;
  const catalog = dialog.querySelector('ik-catalog');
  const wizard = dialog.querySelector('ik-add-integration');
  if (catalog === null || wizard === null) throw new Error('<ik-catalog> or <ik-add-integration> is missing');
  catalog.source = remoteCatalogSource((path, params, init) => client.catalog.request(path, params, init), {
    searchPath: 'catalog/apps',
    suggestPath: 'catalog/suggestions',
  });
  close.addEventListener('click', () => dialog.close());
  const showCatalog = () => {
    wizard.hidden = true;
    catalog.hidden = false;
  };
  let wizardLoaded: Promise<void> | undefined;
  catalog.addEventListener('ik-integration-add', (event) => {
    catalog.hidden = true;
    wizard.hidden = false;
    if (customElements.get('ik-add-integration') !== undefined) return; // the wizard takes it itself
    // The first time, the wizard was not defined to hear the event: define it, let it start
    // listening to the catalog, and hand the same event over again.
    wizardLoaded ??= import('./add-wizard.js').then(async ({ wireAddWizard }) => {
      wireAddWizard(wizard, client);
      await wizard.updateComplete;
    });
    wizardLoaded.then(
      () => catalog.dispatchEvent(event),
      () => {
        wizardLoaded = undefined; // a failed load (connection lost) is tried again on the next Add
        showCatalog();
      },
    );
  });
  wizard.addEventListener('ik-wizard-cancel', showCatalog);
  dialog.addEventListener('close', showCatalog);
  wizard.addEventListener('ik-integration-saved', (event) => {
    dialog.close();
    onAdded(String(event.detail.app.label ?? ''));
  });
}
