import { IkAddIntegration } from '../components/add-integration/define.js';
import { createWrapper } from './create-wrapper.js';
import { wizardEvents } from './wizard-events.js';

/**
 * `<ik-add-integration>` for React. Properties (`entry`, `protocols`, `client`, `provisioning`)
 * pass through; events arrive typed: `onIntegrationSaved={(event) => event.detail.app}`.
 */
export const AddIntegration = createWrapper('ik-add-integration', IkAddIntegration, wizardEvents);
