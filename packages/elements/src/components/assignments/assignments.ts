import type { UserProfile } from '@integrakit/core/assignment';
import type { OktaApp } from '@integrakit/core/client';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizeController } from '../../controllers/localize.js';
import { IkAssignmentChangeEvent } from '../../events/assignment-change.js';
import { IkAssignmentsErrorEvent } from '../../events/assignments-error.js';
import { ListWindow } from '../../internal/list-window.js';
import { PickerController, type PickerOption } from '../../internal/picker.js';
import { controlStyles } from '../../styles/controls.js';
import { baseStyles } from '../../styles/tokens.js';
import { type AssignmentsTerms, withAssignmentsTerms } from '../../translations/assignments.en.js';
import type { PendingPerson } from './assign-person.js';
import { assignmentsStyles } from './assignments.styles.js';
import { renderLists } from './assignments-lists.js';
import { type Panel, renderPanel, renderToolbar } from './assignments-panel.js';
import {
  type Assignments,
  type AssignmentsClient,
  assignmentsFrom,
  readAssignments,
  readMorePeople,
} from './assignments-reads.js';
import { type PendingUnassign, renderConfirm } from './confirm.js';
import { searchGroups, searchPeople } from './directory-search.js';
import { DEFAULT_PAGE_SIZE, type HandedLists } from './lists-read.js';
import { type GroupRow, movedBetween, type PersonRow, priorityForMove, refusalText } from './rows.js';

export type { AssignmentsClient } from './assignments-reads.js';

/**
 * An app's assignments, as the Admin Console's Assignments tab: **Assign to People** and **Assign
 * to Groups** pickers search the directory as you type (paged from the server); a picked person
 * gets the app username prefilled from the app's format (editable when the format allows,
 * required when it gives none). The lists show each person (individually or through which group)
 * with their effective app username — only the rows in view rendered, loaded a page at a time as the list scrolls
 * (or with **Load more people**) — and the groups in priority
 * order, reorderable with Move up / Move down or by dragging. Unassigning asks first. Refusals from
 * core's assignment rules (inactive app, username required, …) are shown where they happened.
 *
 * Needs `client` (core's `createClient`, any auth) and `app-id`. A host that has read the app
 * already hands it down as `app`, and the element then reads only its groups and people.
 *
 * @summary Assign people and groups to an app; group priority; unassign.
 * @csspart toolbar - The two assign buttons; each is `assign-people` / `assign-groups`.
 * @csspart panel - The open assign panel, with a `picker` (`input`, `listbox`, `option`, `picker-status`, `more`).
 * @csspart assign-form - The picked person's username form (`assign-submit`, `assign-cancel`).
 * @csspart error - A refusal shown in place.
 * @csspart people - The people section; `people-list` holds each `person` (`person-type`, `person-username`, `unassign`).
 * @csspart load-more - Loads the next page of people (scrolling near the end does too).
 * @csspart groups - The groups section; each group is a `statement` row with move and unassign buttons.
 * @csspart confirm - The unassign confirm dialog (`confirm-cancel`, `confirm-unassign`).
 * @cssproperty --ik-assignments-list-height - Most height of the scrolling people list (a short list is as tall as its rows). @default 24rem
 * @event ik-assignment-change - The server accepted an assign, unassign or reorder; `detail` says which.
 * @event ik-assignments-error - Reading the assignments failed (`detail.error`); the element shows it with **Try again**.
 */
export class IkAssignments extends LitElement {
  static override styles = [baseStyles, controlStyles, assignmentsStyles];

  static override properties = {
    client: { attribute: false },
    appId: { type: String, attribute: 'app-id', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    app: { attribute: false },
    _handedLists: { state: true },
    _app: { state: true },
    _people: { state: true },
    _groups: { state: true },
    _hasMore: { state: true },
    _moreFailed: { state: true },
    _load: { state: true },
    _panel: { state: true },
    _pending: { state: true },
    _confirm: { state: true },
    _error: { state: true },
    _announcement: { state: true },
  };

  /** Core's API client; the element reads and changes assignments through it. */
  declare client: AssignmentsClient | undefined;
  /** The app's id. */
  declare appId: string;
  /** People loaded per page: the first page fills the list, the next ones load as it scrolls (the server allows up to 500). @default 25 */
  declare pageSize: number;
  /**
   * The app as the host last read it (`<ik-integration>` hands its own down): the element reads
   * only the app's groups and people then, and shows this app's label and username format. Unset,
   * or for another app than `app-id`, the element reads the app itself.
   */
  declare app: OktaApp | undefined;
  /**
   * @internal The lists `<ik-integration>` read with the app, taken once by the next read when they
   * are for this `app-id` and `page-size`. Reactive only so that a value set before the element is
   * defined survives its upgrade.
   */
  declare _handedLists: HandedLists | undefined;

  declare _app: OktaApp | undefined;
  declare _people: readonly PersonRow[];
  declare _groups: readonly GroupRow[];
  declare _hasMore: boolean;
  declare _moreFailed: boolean;
  declare _load: 'idle' | 'loading' | 'failed';
  declare _panel: Panel;
  declare _pending: PendingPerson | undefined;
  declare _confirm: PendingUnassign | undefined;
  declare _error: string | undefined;
  declare _announcement: string;

  readonly #localize = new LocalizeController(this);
  #abort: AbortController | undefined;
  /** The next page of people (the server's `next` link), while there is one. */
  #next: string | undefined;
  /** The signal of the next-page read under way, so a scroll does not ask twice. */
  #loadingMore: AbortSignal | undefined;
  #profiles = new Map<string, UserProfile>();
  #opener: HTMLElement | undefined;
  #focus: string | undefined;

  readonly #searchPeople = searchPeople(() => this.#client(), this.#profiles);
  readonly #searchGroups = searchGroups(() => this.#client());
  readonly #peoplePicker = new PickerController(this, () =>
    this._panel === 'people' && this._pending === undefined ? this.#searchPeople : undefined,
  );
  readonly #groupPicker = new PickerController(this, () => (this._panel === 'groups' ? this.#searchGroups : undefined));
  // Rows are one height (the stylesheet fixes it): 3.25rem in a 24rem list at the default font size.
  readonly #peopleWindow = new ListWindow(this, {
    scroller: '.people-list',
    row: '.person',
    rowHeightEstimate: 52,
    heightEstimate: 384,
  });

  constructor() {
    super();
    this.client = undefined;
    this.appId = '';
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.app = undefined;
    this._handedLists = undefined;
    this._app = undefined;
    this._people = [];
    this._groups = [];
    this._hasMore = false;
    this._moreFailed = false;
    this._load = 'idle';
    this._panel = undefined;
    this._pending = undefined;
    this._confirm = undefined;
    this._error = undefined;
    this._announcement = '';
  }

  #t(): AssignmentsTerms {
    return withAssignmentsTerms(this.#localize.term());
  }

  /** The app the host handed down, when it is this element's. */
  #handedApp(): OktaApp | undefined {
    return this.app?.id === this.appId ? this.app : undefined;
  }

  #client(): AssignmentsClient {
    if (this.client === undefined) throw new TypeError('<ik-assignments> needs a client');
    return this.client;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('appId')) && this.client !== undefined && this.appId !== '') {
      this._app = undefined;
      void this.#reload();
    }
  }

  protected override updated(): void {
    this.#moreWhenNearEnd();
    const id = this.#focus;
    if (id === undefined) return;
    this.#focus = undefined;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Reads the app (unless handed down), its groups and the first page of its people again, all at once. */
  async #reload(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const { signal } = abort;
    const app = this.#handedApp();
    const handed = this._handedLists;
    this._handedLists = undefined;
    // Read by the host with the app: shown by the update under way, not by one after a microtask.
    if (app !== undefined && handed?.appId === this.appId && handed.pageSize === this.pageSize) {
      if ('lists' in handed) this.#show(assignmentsFrom(app, handed.lists));
      else this.#readFailed(abort, handed.error);
      return;
    }
    if (this._app === undefined) this._load = 'loading';
    try {
      const read = await readAssignments(this.#client(), this.appId, this.pageSize, signal, app);
      if (signal.aborted) return;
      this.#show(read);
    } catch (error) {
      if (!signal.aborted) this.#readFailed(abort, error);
    }
  }

  #readFailed(abort: AbortController, error: unknown): void {
    abort.abort();
    this._load = 'failed';
    this.#failed(error);
  }

  #show(read: Assignments): void {
    this._app = read.app;
    this._groups = read.groups;
    this._people = read.people;
    this.#setNext(read.next);
    this._moreFailed = false;
    this._load = 'idle';
  }

  #setNext(next: string | undefined): void {
    this.#next = next;
    this._hasMore = next !== undefined;
  }

  /** The next page is asked for once fewer than half a page remain below the rendered rows. */
  #moreWhenNearEnd(): void {
    if (!this.#peopleWindow.measured && this._people.length > 0) return;
    const last = this.#peopleWindow.rows(this._people.length)?.[1] ?? -1;
    if (this._hasMore && !this._moreFailed && last >= this._people.length - Math.ceil(this.pageSize / 2))
      void this.#more();
  }

  /** Appends the next page of people, once at a time; a reload meanwhile drops it. */
  async #more(): Promise<void> {
    const after = this.#next;
    const signal = this.#abort?.signal;
    if (after === undefined || signal === undefined || signal.aborted || this.#loadingMore === signal) return;
    this.#loadingMore = signal;
    this._moreFailed = false;
    this.requestUpdate();
    try {
      const page = await readMorePeople(this.#client(), this.appId, this._people, after, signal);
      if (signal.aborted) return;
      this._people = page.people;
      this.#setNext(page.next);
    } catch (error) {
      if (signal.aborted) return;
      // The rows stay; Load more tries the same page again.
      this._moreFailed = true;
      this.#failed(error);
    } finally {
      if (this.#loadingMore === signal) this.#loadingMore = undefined;
      this.requestUpdate();
    }
  }

  /** A failed read: shown by the caller, and told to the host (the element never rethrows). */
  #failed(error: unknown): void {
    this.dispatchEvent(new IkAssignmentsErrorEvent(error));
  }

  #announce(message: string): void {
    this._announcement = message;
  }

  #changed(detail: ConstructorParameters<typeof IkAssignmentChangeEvent>[0]): void {
    this.dispatchEvent(new IkAssignmentChangeEvent(detail));
  }

  #refusal(error: unknown): { reason?: string | undefined; text: string } {
    return refusalText(error, this.#t());
  }

  #openPanel(panel: Exclude<Panel, undefined>, event: Event): void {
    this.#opener = event.currentTarget as HTMLElement;
    this._panel = this._panel === panel ? undefined : panel;
    this._pending = undefined;
    this._error = undefined;
    this.#focus = this._panel === undefined ? undefined : `${panel}-input`;
    // Prefetch the username rules while the admin types a name.
    if (panel === 'people') void import('@integrakit/core/assignment');
  }

  #closePanel(): void {
    this._panel = undefined;
    this._pending = undefined;
    this._error = undefined;
    this.#opener?.focus();
  }

  async #pickPerson(option: PickerOption): Promise<void> {
    const { assignmentUsername } = await import('@integrakit/core/assignment');
    const template = (this.#handedApp() ?? this._app)?.credentials?.userNameTemplate;
    const username = assignmentUsername(template as never, this.#profiles.get(option.id) ?? {});
    this._error = undefined;
    this._pending = { option, username, value: username.value, busy: false };
    this.#focus = 'f-username';
  }

  async #assignPerson(): Promise<void> {
    const pending = this._pending;
    if (pending === undefined) return;
    const t = this.#t();
    const { appUsernameProblem } = await import('@integrakit/core/assignment');
    const problem =
      pending.username.mode === 'readonly' ? undefined : appUsernameProblem(pending.username.mode, pending.value);
    if (problem !== undefined) {
      this._pending = { ...pending, error: t.assignIssues[problem] };
      this.#focus = 'f-username';
      return;
    }
    // A prefilled name left as it is stays computed by the format; a typed one is kept as set.
    const typed = pending.username.mode === 'required' || pending.value !== pending.username.value;
    this._pending = { ...pending, busy: true, error: undefined };
    this._error = undefined;
    try {
      await this.#client().appUsers.assign(this.appId, {
        id: pending.option.id,
        ...(typed ? { credentials: { userName: pending.value } } : {}),
      });
    } catch (error) {
      const refusal = this.#refusal(error);
      const onField = refusal.reason?.includes('username') === true;
      this._pending = { ...pending, busy: false, error: onField ? refusal.text : undefined };
      this._error = onField ? undefined : refusal.text;
      this.#focus = onField ? 'f-username' : 'panel-error';
      return;
    }
    this._pending = undefined;
    this.#peoplePicker.setQuery('');
    this.#announce(t.assigned(pending.option.name));
    this.#focus = 'people-input';
    this.#changed({ action: 'assign', type: 'user', id: pending.option.id });
    await this.#reload();
  }

  async #assignGroup(option: PickerOption): Promise<void> {
    const t = this.#t();
    // Okta's PUT re-assigns an assigned group (last priority, profile reset): never by a picker click.
    if (this._groups.some((group) => group.id === option.id)) {
      this._error = t.assignIssues.duplicate;
      this.#focus = 'panel-error';
      return;
    }
    this._error = undefined;
    try {
      await this.#client().appGroups.assign(this.appId, option.id);
    } catch (error) {
      this._error = this.#refusal(error).text;
      this.#focus = 'panel-error';
      return;
    }
    this.#announce(t.assigned(option.name));
    this.#changed({ action: 'assign', type: 'group', id: option.id });
    await this.#reload();
  }

  async #reorder(next: GroupRow[]): Promise<void> {
    const before = this._groups;
    const move = movedBetween(before, next);
    if (move === undefined) return;
    const priority = priorityForMove(before, move.from, move.to);
    const moved = before[move.from];
    if (priority === undefined || moved === undefined) return;
    this._groups = next;
    this._error = undefined;
    try {
      await this.#client().assignments.setGroupPriority(this.appId, moved.id, priority);
    } catch (error) {
      this._groups = before;
      this._error = this.#refusal(error).text;
      return;
    }
    this.#changed({ action: 'reorder', type: 'group', id: moved.id, position: move.to });
    // Members' source group (and app profile) follow the new order.
    await this.#reload();
  }

  #askUnassign(pending: PendingUnassign): void {
    this.#opener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
    this._confirm = pending;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.showModal());
  }

  #cancelUnassign(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
    this._confirm = undefined;
    this.#opener?.focus();
  }

  async #unassign(): Promise<void> {
    const pending = this._confirm;
    if (pending === undefined) return;
    const t = this.#t();
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
    this._confirm = undefined;
    this._error = undefined;
    try {
      const client = this.#client();
      if (pending.type === 'user') await client.appUsers.unassign(this.appId, pending.id);
      else await client.appGroups.unassign(this.appId, pending.id);
    } catch (error) {
      this._error = this.#refusal(error).text;
      this.#focus = 'list-error';
      return;
    }
    this.#announce(t.unassigned(pending.name));
    this.#changed({ action: 'unassign', type: pending.type, id: pending.id });
    await this.#reload();
    this.#focus = `${pending.type === 'user' ? 'people' : 'groups'}-heading`;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const t = this.#t();
    return html`<div part="base" class="base" role="region" aria-label=${t.assignmentsLabel}>
      ${renderToolbar(this._panel, (panel, event) => this.#openPanel(panel, event), t)}
      ${this.#renderPanel(t)}
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${this.#renderLists(t)}
      ${renderConfirm(this._confirm, (this.#handedApp() ?? this._app)?.label ?? '', { onConfirm: () => void this.#unassign(), onCancel: () => this.#cancelUnassign() }, t)}
    </div>`;
  }

  #renderPanel(t: AssignmentsTerms): TemplateResult {
    return renderPanel({
      panel: this._panel,
      error: this._error,
      pending: this._pending,
      peoplePicker: this.#peoplePicker,
      groupPicker: this.#groupPicker,
      onPickPerson: (option) => void this.#pickPerson(option),
      onPickGroup: (option) => void this.#assignGroup(option),
      onUsernameInput: (value) => {
        if (this._pending !== undefined) this._pending = { ...this._pending, value };
      },
      onAssignPerson: () => void this.#assignPerson(),
      onCancelPerson: () => {
        this._pending = undefined;
        this.#focus = 'people-input';
      },
      onClose: () => this.#closePanel(),
      t,
    });
  }

  #renderLists(t: AssignmentsTerms): TemplateResult {
    return renderLists({
      load: this._load,
      error: this._panel === undefined ? this._error : undefined,
      people: {
        people: this._people,
        hasMore: this._hasMore,
        moreFailed: this._moreFailed,
        loadingMore: this.#loadingMore !== undefined,
        rows: this.#peopleWindow.rows(this._people.length),
        onScroll: this.#peopleWindow.onScroll,
        onMore: () => void this.#more(),
        onUnassign: (person: PersonRow) => this.#askUnassign({ type: 'user', id: person.id, name: person.name }),
      },
      groups: {
        groups: this._groups,
        onReorder: (next) => void this.#reorder(next),
        onUnassign: (group) => this.#askUnassign({ type: 'group', id: group.id, name: group.name }),
      },
      onRetry: () => void this.#reload(),
      t,
    });
  }
}
