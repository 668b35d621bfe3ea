import { html, nothing, type TemplateResult } from 'lit';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';
import { type GroupListSpec, renderGroupList } from './group-list.js';
import { type PeopleListSpec, renderPeopleList } from './people-list.js';

/** What {@link renderLists} shows. */
export interface ListsSpec {
  readonly load: 'idle' | 'loading' | 'failed';
  /** A refusal of the last change made from the lists (not from a panel). */
  readonly error: string | undefined;
  readonly people: Omit<PeopleListSpec, 'groups' | 't'>;
  readonly groups: Omit<GroupListSpec, 't'>;
  readonly onRetry: () => void;
  readonly t: AssignmentsTerms;
}

/** The assigned people and groups, or reading them, or a failed read with **Try again**. */
export function renderLists(spec: ListsSpec): TemplateResult {
  const { t } = spec;
  if (spec.load === 'loading') return html`<p part="message">${t.assignLoading}</p>`;
  if (spec.load === 'failed')
    return html`<div part="message" role="alert">
      <p>${t.assignLoadFailed}</p>
      <button type="button" @click=${spec.onRetry}>${t.assignRetry}</button>
    </div>`;
  const groups = new Map(spec.groups.groups.map((group) => [group.id, group]));
  return html`${
    spec.error === undefined
      ? nothing
      : html`<p part="error" class="error" id="list-error" role="alert" tabindex="-1">${spec.error}</p>`
  }
    ${renderPeopleList({ ...spec.people, groups, t })}
    ${renderGroupList({ ...spec.groups, t })}`;
}
