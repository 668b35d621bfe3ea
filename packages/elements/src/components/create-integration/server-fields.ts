import type { Issue } from '@integrakit/core/flows';
import { addFlowPath } from '../add-integration/server-fields.js';

/**
 * Where a field the server names lives in the custom flow: as in the add flow (label, visibility,
 * `settings.signOn.*`, the username template), except that `settings.app` holds no tenant settings
 * here, so its errors go to the summary's first field.
 */
export function createFlowPath(wire: readonly string[]): readonly (string | number)[] {
  const [head, group] = wire;
  return head === 'settings' && group === 'app' ? [] : addFlowPath(wire);
}

/** The custom-flow step that owns the field at `issue.path`. */
export function createFlowStep(issue: Issue): string | undefined {
  const [head] = issue.path;
  if (head === 'label' || head === 'visibility') return 'general';
  if (head === 'signOn') return 'settings';
  if (head === 'username') return 'username';
  if (head === 'provisioning') return 'provisioning';
  return undefined;
}
