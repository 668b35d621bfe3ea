import type { UserProfile } from '@integrakit/core/assignment';
import { hasPushProvisioning } from '@integrakit/core/flows';
import type { TemplateResult } from 'lit';
import { renderUsernameFormat } from '../../../internal/username-format.js';
import type { AddStepContext } from './step-context.js';

/** **Application username format** with its live preview on `sample`. */
export function renderUsername(c: AddStepContext, sample: UserProfile): TemplateResult {
  const path = ['username', 'template'];
  return renderUsernameFormat({
    value: c.draft.username.template,
    sample,
    error: c.errorAt(path),
    pushProvisioning: hasPushProvisioning(c.draft),
    path,
    t: c.t,
    onChange: (template) => c.update({ template }),
  });
}
