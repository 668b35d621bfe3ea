import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RowRange } from '../../internal/row-window.js';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';
import type { GroupRow, PersonRow } from './rows.js';

/** What {@link renderPeopleList} shows. */
export interface PeopleListSpec {
  readonly people: readonly PersonRow[];
  readonly groups: ReadonlyMap<string, GroupRow>;
  /** More people are on the server: the list loads them when scrolled near its end. */
  readonly hasMore: boolean;
  /** The last next-page read failed: said in place, and only **Load more** asks again. */
  readonly moreFailed: boolean;
  /** A next page is being read (the list is `aria-busy`). */
  readonly loadingMore: boolean;
  /** The rows to render (those near the view, from a `ListWindow`); the others are spacers. */
  readonly rows: RowRange | undefined;
  readonly onScroll: (event: Event) => void;
  readonly onMore: () => void;
  readonly onUnassign: (person: PersonRow) => void;
  readonly t: AssignmentsTerms;
}

function renderPerson(person: PersonRow, index: number, spec: PeopleListSpec): TemplateResult {
  const { t } = spec;
  const via =
    person.scope === 'USER'
      ? t.assignDirect
      : t.assignViaGroup(spec.groups.get(person.groupId ?? '')?.name ?? person.groupId ?? '');
  return html`<div
    part="person"
    class="person"
    role="listitem"
    aria-posinset=${index + 1}
    aria-setsize=${spec.hasMore ? -1 : spec.people.length}
    data-id=${person.id}
  >
    <span class="person-name"
      ><span dir="auto">${person.name}</span> <span class="muted" dir="auto">${person.login}</span></span
    >
    <span part="person-type" class="person-type" dir="auto">${via}</span>
    <span part="person-username" class="person-username" dir="auto"
      ><span class="visually-hidden">${t.assignUsernameColumn}: </span>${person.username ?? t.assignNoUsername}</span
    >
    ${
      person.scope === 'USER'
        ? // The visible word is the same on every row so the column keeps one width; the name is in the label.
          html`<button type="button" part="unassign" class="unassign" aria-label=${t.unassign(person.name)} @click=${() => spec.onUnassign(person)}>
          ${t.unassignConfirm}
        </button>`
        : html`<span class="unassign"></span>`
    }
  </div>`;
}

const rowIndexes = (rows: RowRange | undefined): number[] =>
  rows === undefined ? [] : Array.from({ length: rows[1] - rows[0] + 1 }, (_, offset) => rows[0] + offset);

/**
 * The assigned people, only the rows near the view rendered (thousands stay fast; rows are keyed by
 * person, so a focused row survives a scroll) and loaded as they scroll into view: each
 * row names the person, how they are assigned (individually, or through which group) and their
 * effective app username. Only direct assignments can be unassigned here; group members go with
 * their group.
 */
export function renderPeopleList(spec: PeopleListSpec): TemplateResult {
  const { t } = spec;
  return html`<section part="people" class="people" aria-labelledby="people-heading">
    <h3 id="people-heading">${t.assignPeopleHeading} <span class="muted">${t.assignPeopleCount(spec.people.length, spec.hasMore)}</span></h3>
    ${
      spec.people.length === 0
        ? html`<p part="empty">${t.assignNoPeople}</p>`
        : html`<div class="people-head" aria-hidden="true">
            <span>${t.assignPersonColumn}</span><span>${t.assignTypeColumn}</span><span>${t.assignUsernameColumn}</span
            ><span></span>
          </div>
          <div
            part="people-list"
            class="people-list"
            role="list"
            aria-labelledby="people-heading"
            aria-busy=${spec.loadingMore ? 'true' : 'false'}
            @scroll=${spec.onScroll}
          >
            ${repeat(
              rowIndexes(spec.rows),
              (index) => spec.people[index]?.id ?? index,
              (index) => {
                const person = spec.people[index];
                return person === undefined ? nothing : renderPerson(person, index, spec);
              },
            )}
          </div>`
    }
    ${spec.moreFailed ? html`<p part="error" class="error" id="more-error" role="alert">${t.assignLoadFailed}</p>` : nothing}
    ${spec.hasMore ? html`<button type="button" part="load-more" @click=${spec.onMore}>${t.assignLoadMore}</button>` : nothing}
  </section>`;
}
