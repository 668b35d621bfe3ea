import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IkAddIntegration } from '../components/add-integration/define.js';
import type { IkIntegrationCreatedEvent } from '../events/integration-created.js';
import type { IkIntegrationSavedEvent } from '../events/integration-saved.js';
import type { IkStepEnterEvent } from '../events/step-enter.js';
import type { IkStepLeaveEvent } from '../events/step-leave.js';
import type { IkWizardCancelEvent } from '../events/wizard-cancel.js';

/**
 * `<ik-add-integration>` for React. Properties (`entry`, `protocols`, `client`, `provisioning`)
 * pass through; events arrive typed: `onIntegrationSaved={(event) => event.detail.app}`.
 */
export const AddIntegration = createComponent({
  tagName: 'ik-add-integration',
  elementClass: IkAddIntegration,
  react: React,
  events: {
    onStepLeave: 'ik-step-leave' as EventName<IkStepLeaveEvent>,
    onStepEnter: 'ik-step-enter' as EventName<IkStepEnterEvent>,
    onWizardCancel: 'ik-wizard-cancel' as EventName<IkWizardCancelEvent>,
    onIntegrationCreated: 'ik-integration-created' as EventName<IkIntegrationCreatedEvent>,
    onIntegrationSaved: 'ik-integration-saved' as EventName<IkIntegrationSavedEvent>,
  },
});
