// The Applications page: the org's apps, each opening its own page. The catalog with its add wizard,
// and the create wizard, are dialogs whose elements load on their button's first click.
import { isApiError, type OktaApp } from '@integrakit/core/client';
import { type DialogParts, lazyDialog } from '../lazy-dialog.js';
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

export const page: PortalPage = {
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
    const refreshSaying = (text: string) => void refresh().then(() => say(text));
    const loadFailed = () => say('Could not load this dialog. Check the connection and try again.', true);

    /** Opens the dialog `dialogId` from `button`, its code imported and wired by `wire` on first use. */
    const dialogFor = (
      button: HTMLButtonElement,
      [dialogId, closeId]: readonly [string, string],
      wire: (parts: DialogParts) => Promise<void>,
    ) => {
      const parts = {
        dialog: part<HTMLDialogElement>(outlet, dialogId),
        close: part<HTMLButtonElement>(outlet, closeId),
      };
      lazyDialog(button, parts, () => wire(parts), loadFailed);
    };
    dialogFor(browse, ['catalog-dialog', 'close-catalog'], async (parts) =>
      (await import('../catalog-dialog.js')).wireCatalog(client, parts, (label) => refreshSaying(`Added ${label}.`)),
    );
    dialogFor(create, ['create-dialog', 'close-create'], async (parts) =>
      (await import('../create-app.js')).wireCreateApp(client, parts, (label) => refreshSaying(`Created ${label}.`)),
    );

    void refresh();
    return () => left.abort();
  },
};
