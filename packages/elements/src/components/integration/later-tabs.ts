// What the Sign On and Provisioning tabs need, in one module `<ik-integration>` imports when one of
// them opens (in parallel with reading the app when the page opens on it): General needs none of it.
export { samlSetupState } from '../../internal/saml-setup/saml-setup.js';
export { renderProvisioningTab } from './provisioning-tab.js';
export { renderSignOnTab } from './sign-on-tab.js';
