import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IkIntegration } from '../components/integration/define.js';
import type { IkIntegrationChangeEvent } from '../events/integration-change.js';
import type { IkIntegrationDeletedEvent } from '../events/integration-deleted.js';
import type { IkIntegrationLoadedEvent } from '../events/integration-loaded.js';
import type { IkIntegrationTabEvent } from '../events/integration-tab.js';
import type { IkIntegrationTestSignInEvent } from '../events/integration-test-sign-in.js';
import type { IkIntegrationUpdatedEvent } from '../events/integration-updated.js';

/**
 * `<ik-integration>` for React. Properties (`client`, `appId`, `tab`, `fetchMetadata`, `now`) pass
 * through; events arrive typed: `onIntegrationChange={(event) => event.preventDefault()}` vetoes a change.
 */
export const Integration = createComponent({
  tagName: 'ik-integration',
  elementClass: IkIntegration,
  react: React,
  events: {
    onIntegrationLoaded: 'ik-integration-loaded' as EventName<IkIntegrationLoadedEvent>,
    onIntegrationTab: 'ik-integration-tab' as EventName<IkIntegrationTabEvent>,
    onIntegrationChange: 'ik-integration-change' as EventName<IkIntegrationChangeEvent>,
    onIntegrationUpdated: 'ik-integration-updated' as EventName<IkIntegrationUpdatedEvent>,
    onIntegrationDeleted: 'ik-integration-deleted' as EventName<IkIntegrationDeletedEvent>,
    onIntegrationTestSignIn: 'ik-integration-test-sign-in' as EventName<IkIntegrationTestSignInEvent>,
  },
});
