import type { ExampleEntryData } from './types.js';

type Functionality = ExampleEntryData['functionality'];

/** The functionality profiles most example apps share, written once. */
export const samlOnly: Functionality = { signOn: ['SAML'], provisioning: [], apiService: false };
export const swaOnly: Functionality = { signOn: ['SWA'], provisioning: [], apiService: false };
export const samlScim: Functionality = {
  signOn: ['SAML'],
  provisioning: ['Create', 'Update', 'Deactivate'],
  apiService: false,
};
