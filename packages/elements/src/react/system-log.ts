import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IkSystemLog } from '../components/system-log/define.js';
import type { IkLogViewChangeEvent } from '../events/log-view-change.js';

/**
 * `<ik-system-log>` for React. Properties (`source`, `appId`, `range`, `categories`, `outcome`, `q`,
 * `live`) pass through; `onLogViewChange={(event) => event.detail.view}` arrives typed.
 */
export const SystemLog = createComponent({
  tagName: 'ik-system-log',
  elementClass: IkSystemLog,
  react: React,
  events: {
    onLogViewChange: 'ik-log-view-change' as EventName<IkLogViewChangeEvent>,
  },
});
