import type { IntegrakitClient, OktaApp, SigningCertificates } from '@integrakit/core/client';
import type { Issue } from '@integrakit/core/flows';
import type { SamlSetupState } from '../../internal/saml-setup/saml-setup.js';
import type { FormsTerms } from '../../translations/forms-terms.js';
import type { IntegrationTerms } from '../../translations/integration.en.js';

/** The slice of core's API client the element uses. */
export type IntegrationClient = Pick<IntegrakitClient, 'apps' | 'appKeys'>;

/** Every string the element and its tabs read. */
export type Terms = FormsTerms & IntegrationTerms;

/** The General tab's editable values, as its form holds them. */
export interface GeneralValues {
  readonly label: string;
  readonly hideWeb: boolean;
  readonly hideIOS: boolean;
  readonly autoLaunch: boolean;
}

/** The General tab: reading, or editing with the issues of the last refused save. */
export type GeneralState =
  | { readonly mode: 'read' }
  | {
      readonly mode: 'edit';
      readonly values: GeneralValues;
      readonly issues: readonly Issue[];
      readonly conflict: boolean;
      readonly saving: boolean;
    };

/** The signing certificates as loaded. */
export type CertificatesState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly certificates: SigningCertificates }
  | { readonly status: 'error' };

/** What the tabs render from. */
export interface IntegrationView {
  readonly app: OktaApp;
  readonly t: Terms;
  readonly busy: boolean;
  readonly general: GeneralState;
  readonly certificates: CertificatesState;
  readonly setup: SamlSetupState | undefined;
  readonly metadataUrl: string | undefined;
  readonly validityYears: number;
  readonly now: Date;
}
