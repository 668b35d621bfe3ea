export {
  ADD_FLOW_STEPS,
  type AddFlowDraft,
  type AddFlowOptions,
  createAddFlow,
} from './add-flow.js';
export {
  createFlow,
  DONE,
  type Flow,
  type FlowAction,
  type FlowSpec,
  type FlowState,
  type StepInfo,
  type StepSpec,
} from './machine.js';
