import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';
import type { GroupRow, PersonRow } from './rows.js';

// A static layout: the virtualizer's default is a dynamic import, an extra request at first paint.
const LAYOUT = flow({ direction: 'vertical' });

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
  /** How many rows one page brings: the next page is asked for once fewer than half a page remain below the visible rows. */
  readonly pageSize: number;
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
        ? html`<button type="button" part="unassign" class="unassign" @click=${() => spec.onUnassign(person)}>
          ${t.unassign(person.name)}
        </button>`
        : html`<span class="unassign"></span>`
    }
  </div>`;
}

/**
 * The assigned people, virtualized (thousands stay fast) and loaded as they scroll into view: each
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
            @visibilityChanged=${(event: VisibilityChangedEvent) => {
              if (spec.hasMore && !spec.moreFailed && event.last >= spec.people.length - Math.ceil(spec.pageSize / 2))
                spec.onMore();
            }}
          >
            ${virtualize({
              items: spec.people as PersonRow[],
              scroller: true,
              layout: LAYOUT,
              keyFunction: (person: PersonRow) => person.id,
              renderItem: (person: PersonRow, index: number) => renderPerson(person, index, spec),
            })}
          </div>`
    }
    ${spec.moreFailed ? html`<p part="error" class="error" id="more-error" role="alert">${t.assignLoadFailed}</p>` : nothing}
    ${spec.hasMore ? html`<button type="button" part="load-more" @click=${spec.onMore}>${t.assignLoadMore}</button>` : nothing}
  </section>`;
}
