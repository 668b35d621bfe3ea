import { html, type TemplateResult } from 'lit';
import { renderReorderableList } from '../../internal/reorderable-list.js';
import type { AssignmentsTerms } from '../../translations/assignments.en.js';
import type { GroupRow } from './rows.js';

/** What {@link renderGroupList} shows. */
export interface GroupListSpec {
  readonly groups: readonly GroupRow[];
  readonly onReorder: (groups: GroupRow[]) => void;
  readonly onUnassign: (group: GroupRow) => void;
  readonly t: AssignmentsTerms;
}

/**
 * Assigned groups in priority order, first is highest: Move up / Move down per row (keyboard) and
 * drag and drop (pointer), through the shared reorderable list; Unassign asks first.
 */
export function renderGroupList(spec: GroupListSpec): TemplateResult {
  const { t } = spec;
  return html`<section part="groups" class="groups">
    ${
      spec.groups.length === 0
        ? html`<h3>${t.assignGroupsHeading}</h3>
          <p part="empty">${t.assignNoGroups}</p>`
        : renderReorderableList({
            id: 'groups',
            legend: t.assignGroupsHeading,
            hint: t.assignPriorityHint,
            items: spec.groups,
            name: (group) => group.name,
            renderRow: (group, index) => html`<span class="group-name" dir="auto">${group.name}</span>
            <span class="muted">${t.assignPriority(index + 1)}</span>
            ${group.description ? html`<span class="muted group-description" dir="auto">${group.description}</span>` : ''}`,
            onChange: spec.onReorder,
            onRemove: (group) => spec.onUnassign(group),
            removeLabel: t.unassign,
            draggable: true,
            t,
          })
    }
  </section>`;
}
