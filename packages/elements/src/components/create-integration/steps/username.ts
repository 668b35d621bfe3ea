import type { UserProfile } from '@integrakit/core/assignment';
import { html, type TemplateResult } from 'lit';
import { fieldId, renderChoiceGroup } from '../../../internal/field.js';
import { renderUsernameFormat } from '../../../internal/username-format.js';
import type { CreateStepContext } from './step-context.js';

const UPDATE_ON = ['CREATE_AND_UPDATE', 'CREATE_ONLY'] as const;

/** **Application username** (SAML, SWA, WS-Fed): the format with its live preview, and when it updates. */
export function renderUsername(c: CreateStepContext, sample: UserProfile): TemplateResult {
  const { t, draft } = c;
  const { enabled, features } = draft.provisioning;
  const path = ['username', 'template'];
  const updatePath = ['username', 'updateOn'];
  return html`${renderUsernameFormat({
    value: draft.username.template,
    sample,
    error: c.errorAt(path),
    pushProvisioning: enabled && (features.create || features.update),
    path,
    t,
    onChange: (template) => c.update({ template }),
  })}
  ${renderChoiceGroup({
    id: fieldId(updatePath),
    type: 'radio',
    label: t.addUpdateOn,
    hint: t.addUpdateOnHint,
    error: c.errorAt(updatePath),
    t,
    choices: UPDATE_ON.map((value) => ({
      value,
      label: value === 'CREATE_ONLY' ? t.addCreateOnly : t.addCreateAndUpdate,
    })),
    selected: [draft.username.updateOn],
    onChange: (updateOn) => c.update({ updateOn }),
  })}`;
}
