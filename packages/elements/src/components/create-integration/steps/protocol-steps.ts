// The steps that render a protocol's own form, in one module `<ik-create-integration>` imports
// when a method is chosen: the method and General steps (the first screens) do not wait for them.
export { renderSpMetadataImport } from '../../../internal/forms/saml-metadata.js';
export { renderClientAuth } from './client-auth.js';
export { renderProvisioning } from './provisioning.js';
export { renderScopes } from './scopes.js';
export { renderSettings } from './settings.js';
