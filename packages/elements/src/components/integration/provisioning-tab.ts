import type { OktaApp } from '@integrakit/core/client';
import { html, type TemplateResult } from 'lit';
import { section } from '../../internal/forms/fields.js';
import { features } from './app-fields.js';
import type { Terms } from './view.js';

/** **Provisioning**: the provisioning actions the app has enabled (Okta's `features`). */
export function renderProvisioningTab(app: OktaApp, t: Terms): TemplateResult {
  const enabled = features(app);
  return section(
    t.intProvisioning,
    enabled.length === 0
      ? html`<p part="provisioning-off" class="hint">${t.intProvisioningOff}</p>`
      : html`<ul part="features" class="features" aria-label=${t.intToApp}>
          ${enabled.map((feature) => html`<li data-feature=${feature}>${t.intProvisioningFeatures[feature] ?? feature}: ${t.intEnabled}</li>`)}
        </ul>`,
  );
}
