import type { UsernameUpdateOn } from '@integrakit/protocols/shared';
import { type Issue, issue } from './issues.js';
import type { IntegrationDraft } from './model.js';

/**
 * Whether the integration pushes passwords or profiles, which is when Okta needs a username for
 * every assignment (so format `NONE` then means each assignment must carry one).
 */
export function hasPushProvisioning(draft: Pick<IntegrationDraft, 'provisioning'>): boolean {
  const { provisioning } = draft;
  return (
    provisioning.type === 'scim' &&
    (provisioning.features.create || provisioning.features.update || provisioning.features.syncPassword)
  );
}

/**
 * Whether a custom (App Integration Wizard) app with this sign-on may add SCIM provisioning: SAML,
 * SWA, and OIDC web applications. Okta's wizard offers it on SAML and SWA; an OIDC web app with SCIM
 * is what the OIN Wizard publishes (OIDC sign-on plus SCIM 2.0), so the kit's wizard offers it too.
 * SPA, native and service clients have no server side an admin provisions accounts for.
 */
export function customScimSupported(protocol: string | undefined, applicationType: unknown): boolean {
  return protocol === 'saml' || protocol === 'swa' || (protocol === 'oidc' && applicationType === 'web');
}

/** SWA sign-on options are locked while Sync Password provisioning is on (Admin Console rule). */
export function swaSignOnLocked(draft: Pick<IntegrationDraft, 'signOn' | 'provisioning'>): boolean {
  return (
    draft.signOn.protocol === 'swa' && draft.provisioning.type === 'scim' && draft.provisioning.features.syncPassword
  );
}

/** "Update application username on": Okta offers 'Create only' for a custom username format only. */
export function updateOnIssues(username: {
  readonly template: { readonly type: string };
  readonly updateOn: UsernameUpdateOn;
}): Issue[] {
  return username.updateOn === 'CREATE_ONLY' && username.template.type !== 'CUSTOM'
    ? [issue(['username', 'updateOn'], 'custom_only', "'Create only' is only offered for a custom username format")]
    : [];
}

/** Cross-field rules of the model that a field-level schema cannot express. */
export function integrationRuleIssues(draft: IntegrationDraft): Issue[] {
  const issues: Issue[] = [];
  if (draft.kind === 'catalog' && draft.catalogEntry === undefined) {
    issues.push(issue(['catalogEntry'], 'required', 'a catalog integration names its catalog entry'));
  }
  if (draft.kind !== 'catalog' && draft.catalogEntry !== undefined) {
    issues.push(issue(['catalogEntry'], 'not_allowed', 'only catalog integrations name a catalog entry'));
  }
  if ((draft.kind === 'api-service') !== (draft.signOn.protocol === 'api-service')) {
    issues.push(
      issue(['signOn', 'protocol'], 'kind_mismatch', "API service integrations (and only they) use 'api-service'"),
    );
  }
  if (draft.revealPassword && draft.signOn.protocol !== 'swa') {
    issues.push(issue(['revealPassword'], 'swa_only', 'password reveal is only available for SWA sign-on'));
  }
  issues.push(...updateOnIssues(draft.username));
  if (draft.provisioning.type === 'scim' && !provisioningSupported(draft)) {
    issues.push(
      issue(
        ['provisioning'],
        'not_supported',
        'SCIM provisioning needs SAML, SWA or OIDC web sign-on (or a catalog integration)',
      ),
    );
  }
  return issues;
}

// Catalog apps declare provisioning in their entry; custom apps follow customScimSupported.
function provisioningSupported(draft: IntegrationDraft): boolean {
  if (draft.kind === 'catalog') return draft.signOn.protocol !== 'api-service';
  return draft.kind === 'custom' && customScimSupported(draft.signOn.protocol, draft.signOn.config.applicationType);
}
