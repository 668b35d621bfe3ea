export { IntegrakitError, type IntegrakitErrorCode, isIntegrakitError } from './errors.js';
export {
  embedApplicationUsername,
  embedLabel,
  embedRevealPassword,
  embedScimActions,
  embedSwaUsername,
  embedSyncPassword,
} from './integration/embeds.js';
export type { IntegrationEvent, IntegrationEvents, IntegrationEventType } from './integration/events.js';
export { IntegrationValidationError, type Issue, StepValidationError } from './integration/issues.js';
export { createMemoryStore, type MemoryStoreOptions } from './integration/memory-store.js';
export {
  type Integration,
  type IntegrationDraft,
  type IntegrationDraftInput,
  IntegrationDraftSchema,
  type IntegrationKind,
  IntegrationSchema,
} from './integration/model.js';
export {
  type FromOktaAppOptions,
  fromOktaApp,
  type IntegrationFromOkta,
  type OktaApp,
  type ToOktaAppOptions,
  toOktaApp,
} from './integration/okta.js';
export {
  type BindingContext,
  type BindOptions,
  bindModule,
  type EmbeddedField,
  type ProtocolBinding,
  type ProtocolModule,
  type ProtocolRegistry,
} from './integration/registry.js';
export type { IntegrationFilter, IntegrationPage, IntegrationStore, ListOptions } from './integration/store.js';
export { safeValidateIntegration, validateIntegration } from './integration/validate.js';
