import { IntegrakitError } from '../errors.js';
import type { Integration, IntegrationDraft } from './model.js';
import { swaSignOnLocked } from './rules.js';

/** Okta deletes only inactive apps (E0000056 otherwise): deactivate first. */
export function assertCanDelete(integration: Pick<Integration, 'status' | 'label'>): void {
  if (integration.status !== 'INACTIVE') {
    throw new IntegrakitError('ERR_LIFECYCLE', `Deactivate '${integration.label}' before deleting it`);
  }
}

/** Refuses sign-on changes to an SWA integration while Sync Password provisioning is on. */
export function assertSignOnEditable(current: IntegrationDraft, next: IntegrationDraft): void {
  if (swaSignOnLocked(current) && !sameJson(current.signOn, next.signOn)) {
    throw new IntegrakitError(
      'ERR_LIFECYCLE',
      'SWA sign-on options cannot be changed while Sync Password provisioning is on; turn it off first',
    );
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
