import { CONTROLLED_ACCESS, type ControlledAccess } from '@integrakit/core/flows';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, renderChoiceGroup } from '../../../internal/field.js';
import { section } from '../../../internal/forms/fields.js';
import type { CreateStepContext } from './step-context.js';

/** A group the admin can pick. */
export interface AccessGroup {
  readonly id: string;
  readonly name: string;
}

/** The groups found for the picker's query. */
export type AccessGroupsState =
  | { readonly status: 'idle' | 'loading' | 'unavailable' | 'error' }
  | { readonly status: 'done'; readonly groups: readonly AccessGroup[] };

/** The picker's search box and the names of groups chosen so far (kept across searches). */
export interface AccessPicker {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly groups: AccessGroupsState;
  readonly names: ReadonlyMap<string, string>;
  readonly onPick: (group: AccessGroup, picked: boolean) => void;
}

const modePath = ['access', 'mode'];
const groupsPath = ['access', 'groupIds'];

function renderGroups(c: CreateStepContext, access: ControlledAccess, picker: AccessPicker): TemplateResult {
  const { t } = c;
  const found = picker.groups.status === 'done' ? picker.groups.groups : [];
  // Chosen groups stay listed (and can be removed) whatever the search shows.
  const chosen = access.groupIds
    .filter((id) => !found.some((group) => group.id === id))
    .map((id) => ({ id, name: picker.names.get(id) ?? id }));
  const shown = [...chosen, ...found];
  const status =
    picker.groups.status === 'loading'
      ? t.accessLoading
      : picker.groups.status === 'unavailable'
        ? t.accessUnavailable
        : picker.groups.status === 'error'
          ? t.accessError
          : found.length === 0
            ? t.accessNoGroups
            : '';
  return html`<div part="field" class="field">
      <label part="label" for="access-search">${t.accessSearch}</label>
      <input id="access-search" part="input" type="search" autocomplete="off" .value=${live(picker.query)}
        @input=${(event: Event) => picker.onQuery((event.target as HTMLInputElement).value)} />
      <p class="hint" role="status">${status}</p>
    </div>
    ${renderChoiceGroup({
      id: fieldId(groupsPath),
      type: 'checkbox',
      label: t.accessGroups,
      error: c.errorAt(groupsPath),
      t,
      choices: shown.map((group) => ({ value: group.id, label: group.name })),
      selected: access.groupIds,
      onChange: (id, checked) => {
        const group = shown.find((item) => item.id === id);
        if (group !== undefined) picker.onPick(group, checked);
      },
    })}`;
}

/**
 * **Assignments → Controlled access** of a new OIDC app: everyone, selected groups (a searchable
 * group list), or none for now. The groups are assigned once the app exists.
 */
export function renderAccess(c: CreateStepContext, picker: AccessPicker): TemplateResult {
  const { t } = c;
  const { access } = c.draft;
  return section(t.accessTitle, [
    renderChoiceGroup({
      id: fieldId(modePath),
      type: 'radio',
      label: t.accessLabel,
      error: c.errorAt(modePath),
      t,
      choices: CONTROLLED_ACCESS.map((value) => ({ value, label: t.accessModes[value] ?? value })),
      selected: [access.mode],
      onChange: (mode) => c.update({ access: { ...access, mode } }),
    }),
    access.mode === 'groups' ? renderGroups(c, access, picker) : html`${nothing}`,
  ]);
}
