import { IkIntegrationCreatedEvent } from '../events/integration-created.js';
import { IkIntegrationSavedEvent } from '../events/integration-saved.js';
import { IkStepEnterEvent } from '../events/step-enter.js';
import { IkStepLeaveEvent } from '../events/step-leave.js';
import { IkWizardCancelEvent } from '../events/wizard-cancel.js';

/** The events every wizard fires (`<ik-add-integration>`, `<ik-create-integration>`). */
export const wizardEvents = [
  IkStepLeaveEvent,
  IkStepEnterEvent,
  IkWizardCancelEvent,
  IkIntegrationCreatedEvent,
  IkIntegrationSavedEvent,
] as const;
