/**
 * The id of the control for an issue path: `['tenantSettings', 'subdomain']` →
 * `f-tenantSettings.subdomain`. Encoded so any key (catalog data included) makes a valid IDREF.
 */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.map((part) => encodeURIComponent(String(part))).join('.')}`;
}
