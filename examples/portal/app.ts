// The reference server's "Applications" page: the org's apps, and <ik-catalog> backed by the
// server's catalog endpoints through @integrakit/core/client. The session cookie (HttpOnly) is the
// only credential: this script never sees a token.
import { createClient, isApiError, type OktaApp } from '@integrakit/core/client';
import { defaultProtocols } from '@integrakit/core/protocols';
import { remoteCatalogSource } from '@integrakit/elements/catalog';
import '@integrakit/elements/catalog/define';
import '@integrakit/elements/add-integration/define';
import { wireCreateApp } from './create-app.js';

const client = createClient({ orgUrl: location.origin, session: true, timeout: 15_000 });

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

const browse = byId<HTMLButtonElement>('browse');
const create = byId<HTMLButtonElement>('create');
const status = byId<HTMLParagraphElement>('status');
const signedOut = byId<HTMLParagraphElement>('signed-out');
const table = byId<HTMLTableElement>('apps');
const empty = byId<HTMLParagraphElement>('empty');
const dialog = byId<HTMLDialogElement>('catalog-dialog');
const catalog = dialog.querySelector('ik-catalog');
const wizard = dialog.querySelector('ik-add-integration');
if (catalog === null || wizard === null)
  throw new Error('<ik-catalog> or <ik-add-integration> is missing from index.html');
wizard.protocols = defaultProtocols;
wizard.client = client;

catalog.source = remoteCatalogSource((path, params, init) => client.catalog.request(path, params, init), {
  searchPath: 'catalog/apps',
  suggestPath: 'catalog/suggestions',
});

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function cell(row: HTMLTableRowElement, content: Node | string): void {
  row.insertCell().append(content);
}

function appRow(app: OktaApp): HTMLTableRowElement {
  const row = document.createElement('tr');
  // Labels and URLs are data: they go in as text and checked hrefs, never as markup.
  const settings = app.settings as { app?: { url?: unknown } } | undefined;
  const url = settings?.app?.url;
  if (typeof url === 'string' && /^https:\/\//i.test(url)) {
    const link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.textContent = app.label;
    cell(row, link);
  } else {
    cell(row, app.label);
  }
  cell(row, app.signOnMode);
  const badge = document.createElement('span');
  badge.className = app.status === 'ACTIVE' ? 'badge' : 'badge inactive';
  badge.textContent = app.status === 'ACTIVE' ? 'Active' : 'Inactive';
  cell(row, badge);
  return row;
}

/** Lists every app (all pages), newest last, as the Admin Console's Applications page does. */
async function refresh(): Promise<void> {
  const rows: HTMLTableRowElement[] = [];
  try {
    for await (const app of client.apps.list({ limit: 200 })) rows.push(appRow(app));
  } catch (error) {
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
}

browse.addEventListener('click', () => dialog.showModal());
byId<HTMLButtonElement>('close-catalog').addEventListener('click', () => dialog.close());

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
  { button: create, dialog: byId<HTMLDialogElement>('create-dialog'), close: byId<HTMLButtonElement>('close-create') },
  (label) => {
    void refresh().then(() => say(`Created ${label}.`));
  },
);

void refresh();
