import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IkAssignments } from '../components/assignments/define.js';
import type { IkAssignmentChangeEvent } from '../events/assignment-change.js';
import type { IkAssignmentsErrorEvent } from '../events/assignments-error.js';

/**
 * `<ik-assignments>` for React. Properties (`client`, `appId`, `pageSize`, `app`) pass through; changes
 * arrive typed: `onAssignmentChange={(event) => event.detail.action}`, load failures as
 * `onAssignmentsError`.
 */
export const Assignments = createComponent({
  tagName: 'ik-assignments',
  elementClass: IkAssignments,
  react: React,
  events: {
    onAssignmentChange: 'ik-assignment-change' as EventName<IkAssignmentChangeEvent>,
    onAssignmentsError: 'ik-assignments-error' as EventName<IkAssignmentsErrorEvent>,
  },
});
