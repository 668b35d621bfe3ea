import { IkCreateIntegration } from '../components/create-integration/define.js';
import { createWrapper } from './create-wrapper.js';
import { wizardEvents } from './wizard-events.js';

/**
 * `<ik-create-integration>` for React. Properties (`client`, `protocols`, `samplePerson`,
 * `testConnector`) pass through; events arrive typed: `onIntegrationSaved={(event) => event.detail.app}`.
 */
export const CreateIntegration = createWrapper('ik-create-integration', IkCreateIntegration, wizardEvents);
