// The Applications page: the org's apps, each opening its own page, with <ik-catalog> backed by the
// server's catalog endpoints and the create wizard.
import { isApiError, type OktaApp } from '@integrakit/core/client';
import { defaultProtocols } from '@integrakit/core/protocols';
import { remoteCatalogSource } from '@integrakit/elements/catalog';
import '@integrakit/elements/catalog/define';
import '@integrakit/elements/add-integration/define';
import { wireCreateApp } from '../create-app.js';
import type { PortalPage } from '../router.js';
import { integrationPath } from './integration-path.js';
import { part, setTitle, stampTemplate } from './page-dom.js';

function appRow(app: OktaApp): HTMLTableRowElement {
  const row = document.createElement('tr');
  // Labels are data: they go in as text, and the link is built from the app's id, never its settings.
  const link = document.createElement('a');
  link.href = integrationPath(app);
  link.textContent = app.label;
  const badge = document.createElement('span');
  badge.className = app.status === 'ACTIVE' ? 'badge' : 'badge inactive';
  badge.textContent = app.status === 'ACTIVE' ? 'Active' : 'Inactive';
  for (const content of [link, app.signOnMode, badge]) row.insertCell().append(content);
  return row;
}

export const applicationsPage: PortalPage = {
  render(outlet, _params, { client }) {
    stampTemplate(outlet, 'applications-page');
    setTitle('Applications');
    const left = new AbortController();
    const browse = part<HTMLButtonElement>(outlet, 'browse');
    const create = part<HTMLButtonElement>(outlet, 'create');
    const status = part<HTMLParagraphElement>(outlet, 'status');
    const signedOut = part<HTMLParagraphElement>(outlet, 'signed-out');
    const table = part<HTMLTableElement>(outlet, 'apps');
    const empty = part<HTMLParagraphElement>(outlet, 'empty');
    const dialog = part<HTMLDialogElement>(outlet, 'catalog-dialog');
    const catalog = part<HTMLElementTagNameMap['ik-catalog']>(dialog, 'catalog');
    const wizard = part<HTMLElementTagNameMap['ik-add-integration']>(dialog, 'add-wizard');
    wizard.protocols = defaultProtocols;
    wizard.client = client;
    catalog.source = remoteCatalogSource((path, params, init) => client.catalog.request(path, params, init), {
      searchPath: 'catalog/apps',
      suggestPath: 'catalog/suggestions',
    });

    const say = (text: string, error = false) => {
      status.textContent = text;
      status.classList.toggle('error', error);
    };

    /** Lists every app (all pages), newest last, as the Admin Console's Applications page does. */
    const refresh = async (): Promise<void> => {
      const rows: HTMLTableRowElement[] = [];
      try {
        for await (const app of client.apps.list({ limit: 200, signal: left.signal })) rows.push(appRow(app));
      } catch (error) {
        if (left.signal.aborted) return;
        if (isApiError(error, 401)) {
          signedOut.hidden = false;
          browse.disabled = true;
          create.disabled = true;
          say('');
          return;
        }
        say('Could not load the applications. Reload to try again.', true);
        return;
      }
      signedOut.hidden = true;
      browse.disabled = false;
      create.disabled = false;
      table.tBodies[0]?.replaceChildren(...rows);
      table.hidden = rows.length === 0;
      empty.hidden = rows.length !== 0;
      if (status.textContent === 'Loading…') say('');
    };

    browse.addEventListener('click', () => dialog.showModal());
    part<HTMLButtonElement>(dialog, 'close-catalog').addEventListener('click', () => dialog.close());

    // "Add Integration" hands the entry to <ik-add-integration> (wired with for="catalog"), which walks
    // the add steps, validates with the protocol modules and creates the app through the client.
    const showCatalog = () => {
      wizard.hidden = true;
      catalog.hidden = false;
    };
    catalog.addEventListener('ik-integration-add', () => {
      catalog.hidden = true;
      wizard.hidden = false;
    });
    wizard.addEventListener('ik-wizard-cancel', showCatalog);
    dialog.addEventListener('close', showCatalog);
    wizard.addEventListener('ik-integration-saved', (event) => {
      const label = String(event.detail.app.label ?? '');
      dialog.close();
      void refresh().then(() => say(`Added ${label}.`));
    });

    wireCreateApp(
      client,
      {
        button: create,
        dialog: part<HTMLDialogElement>(outlet, 'create-dialog'),
        close: part<HTMLButtonElement>(outlet, 'close-create'),
      },
      (label) => {
        void refresh().then(() => say(`Created ${label}.`));
      },
    );

    void refresh();
    return () => left.abort();
  },
};
