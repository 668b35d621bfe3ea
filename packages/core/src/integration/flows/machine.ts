import * as z from 'zod/mini';
import { type $ZodType, safeParse } from 'zod/v4/core';
import { type Issue, issue, StepValidationError, zodIssues } from '../issues.js';
import type { IntegrationDraft } from '../model.js';
import { startsWith } from '../object-paths.js';
import type { ProtocolValidationOptions } from '../registry.js';
import { safeValidateIntegration } from '../validate.js';

/** The final step id of every flow. */
export const DONE = 'done';

/** A flow's serializable state: plain JSON, so it can be stored, sent, or kept in a URL. */
export interface FlowState<Draft> {
  readonly flow: string;
  /** Current step id, or {@link DONE}. */
  readonly step: string;
  /** Steps reached so far; `goTo` may jump to these. */
  readonly visited: readonly string[];
  /**
   * Values entered so far, kept when going back. Secrets stay as entered until the flow's
   * `result` turns them into `Secret`s, so keep a serialized state out of logs.
   */
  readonly draft: Draft;
}

/** Everything a UI can do to a flow, as data (for reducers, logs and property tests). */
export type FlowAction =
  | { readonly type: 'update'; readonly patch: unknown }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goTo'; readonly step: string };

/** One step of a flow definition. */
export interface StepSpec<Draft> {
  readonly id: string;
  readonly title: string;
  /** Skip condition: the step is left out while this returns false. @default always */
  readonly enabled?: (draft: Draft) => boolean;
  /** Shape of an `update` patch for this step (classic zod or `zod/mini`: any zod 4 schema). */
  readonly patch: $ZodType;
  /** Merges a parsed patch into the draft; may throw {@link StepValidationError} for refused edits. */
  readonly apply: (draft: Draft, patch: never) => Draft;
  /** Problems that keep the step from being left. */
  readonly issues: (draft: Draft) => Issue[];
  /**
   * The problems of the field at `path` by its own rules, cheaper than {@link issues} (checked as the
   * field is typed); `undefined` where the step cannot check that field alone. @default undefined
   */
  readonly fieldIssues?: (draft: Draft, path: readonly (string | number)[]) => Issue[] | undefined;
  /** Prepares the draft when the step is entered (for instance template defaults). */
  readonly enter?: (draft: Draft) => Draft;
  /**
   * Whether the step's checks call the flow's protocol registry, so a UI that loads protocol modules
   * lazily must wait for them before checking it. @default true (the safe answer when unsure)
   */
  readonly needsProtocolModule?: boolean;
}

/** A flow definition: steps in order, the initial draft, and how a draft becomes an integration. */
export interface FlowSpec<Draft> {
  readonly id: string;
  readonly steps: readonly StepSpec<Draft>[];
  readonly initial: Draft;
  readonly build: (draft: Draft) => unknown;
  readonly validation: ProtocolValidationOptions;
}

/** A step as a UI shows it: "Step 2 of 5: Sign-On Options". */
export interface StepInfo {
  readonly id: string;
  readonly title: string;
  /** 1-based position among the enabled steps. */
  readonly number: number;
  readonly status: 'complete' | 'current' | 'upcoming';
  /** Whether checking the step needs the protocol modules of the flow's registry (see {@link StepSpec}). */
  readonly needsProtocolModule: boolean;
}

/** A pure state machine over {@link FlowState}; every method returns a new state or throws a typed error. */
export interface Flow<Draft> {
  readonly id: string;
  start(): FlowState<Draft>;
  /** The enabled steps (without {@link DONE}) for the current draft. */
  steps(state: FlowState<Draft>): StepInfo[];
  /** Problems of `step` (default: the current step). */
  issues(state: FlowState<Draft>, step?: string): Issue[];
  /**
   * Problems of the current step at `path` or below it, as a form checks a field while it is typed: by
   * the field's own rules where the step can check it alone (rules across fields wait for
   * {@link issues} and {@link next}), else the step's issues at that path.
   */
  fieldIssues(state: FlowState<Draft>, path: readonly (string | number)[]): Issue[];
  /** Applies a patch to the current step's values. @throws StepValidationError */
  update(state: FlowState<Draft>, patch: unknown): FlowState<Draft>;
  /** Leaves the current step if it is valid. @throws StepValidationError */
  next(state: FlowState<Draft>): FlowState<Draft>;
  /** Goes to the previous enabled step, keeping every value. @throws StepValidationError on the first step */
  back(state: FlowState<Draft>): FlowState<Draft>;
  /** Jumps back to any earlier step, or forward to a visited one when every step on the way is valid. */
  goTo(state: FlowState<Draft>, step: string): FlowState<Draft>;
  /** Applies an action; the reducer form of the methods above. */
  dispatch(state: FlowState<Draft>, action: FlowAction): FlowState<Draft>;
  /** The validated integration. @throws StepValidationError before {@link DONE} */
  result(state: FlowState<Draft>): IntegrationDraft;
}

const refuse = (step: string, code: string, message: string): never => {
  throw new StepValidationError(step, [issue([], code, message)]);
};

/** Builds a {@link Flow} from its definition. */
export function createFlow<Draft>(spec: FlowSpec<Draft>): Flow<Draft> {
  const enabledSteps = (draft: Draft) => spec.steps.filter((step) => step.enabled?.(draft) ?? true);
  const find = (id: string) => spec.steps.find((step) => step.id === id);
  const enter = (state: FlowState<Draft>, id: string): FlowState<Draft> => {
    const step = find(id);
    const draft = step?.enter ? step.enter(state.draft) : state.draft;
    const visited = state.visited.includes(id) ? state.visited : [...state.visited, id];
    return { ...state, step: id, visited, draft };
  };
  const assertValid = (draft: Draft, step: StepSpec<Draft>) => {
    const problems = step.issues(draft);
    if (problems.length > 0) throw new StepValidationError(step.id, problems);
  };
  // The validated integration holds `Secret`s, which do not survive JSON; the state keeps only the
  // draft and `result` validates it again (validation is pure, so the outcome is the same).
  const validate = (state: FlowState<Draft>, from: string): IntegrationDraft => {
    const validated = safeValidateIntegration(spec.build(state.draft), spec.validation);
    if (!validated.success) throw new StepValidationError(from, validated.error.issues);
    return validated.data;
  };
  const finish = (state: FlowState<Draft>, from: string): FlowState<Draft> => {
    validate(state, from);
    return enter(state, DONE);
  };
  const assertFlow = (state: FlowState<Draft>) => {
    if (state.flow !== spec.id) refuse(state.step, 'wrong_flow', `this state belongs to the '${state.flow}' flow`);
  };

  const flow: Flow<Draft> = {
    id: spec.id,
    start() {
      const first = spec.steps[0];
      const initial: FlowState<Draft> = {
        flow: spec.id,
        step: first?.id ?? DONE,
        visited: [],
        draft: structuredClone(spec.initial),
      };
      return first === undefined ? initial : enter(initial, first.id);
    },
    steps(state) {
      const steps = enabledSteps(state.draft);
      const current = steps.findIndex((step) => step.id === state.step);
      const done = state.step === DONE;
      return steps.map((step, index) => ({
        id: step.id,
        title: step.title,
        number: index + 1,
        status: done || index < current ? 'complete' : index === current ? 'current' : 'upcoming',
        needsProtocolModule: step.needsProtocolModule ?? true,
      }));
    },
    issues(state, stepId = state.step) {
      const step = find(stepId);
      return step === undefined ? [] : step.issues(state.draft);
    },
    fieldIssues(state, path) {
      const step = find(state.step);
      if (step === undefined) return [];
      const found = step.fieldIssues?.(state.draft, path) ?? step.issues(state.draft);
      return found.filter((item) => startsWith(item.path, path));
    },
    update(state, patch) {
      assertFlow(state);
      const step = find(state.step);
      if (step === undefined) return refuse(state.step, 'flow_done', 'the flow is done; go back to change values');
      const parsed = safeParse(step.patch, patch);
      if (!parsed.success) throw new StepValidationError(step.id, zodIssues(parsed.error.issues));
      return { ...state, draft: step.apply(state.draft, parsed.data as never) };
    },
    next(state) {
      assertFlow(state);
      const steps = enabledSteps(state.draft);
      const index = steps.findIndex((step) => step.id === state.step);
      const step = steps[index];
      if (step === undefined) return refuse(state.step, 'flow_done', 'there is no step after this one');
      assertValid(state.draft, step);
      const following = steps[index + 1];
      return following === undefined ? finish(state, step.id) : enter(state, following.id);
    },
    back(state) {
      assertFlow(state);
      const steps = enabledSteps(state.draft);
      const index = state.step === DONE ? steps.length : steps.findIndex((step) => step.id === state.step);
      const previous = steps[index - 1];
      if (previous === undefined) return refuse(state.step, 'no_previous_step', 'this is the first step');
      return enter(state, previous.id);
    },
    goTo(state, target) {
      assertFlow(state);
      const steps = enabledSteps(state.draft);
      const to = steps.findIndex((step) => step.id === target);
      if (to < 0) return refuse(state.step, 'unknown_step', `'${target}' is not a step of this flow right now`);
      const from = state.step === DONE ? steps.length : steps.findIndex((step) => step.id === state.step);
      if (to > from) {
        if (!state.visited.includes(target))
          return refuse(state.step, 'step_not_reached', `'${target}' has not been reached yet`);
        for (const step of steps.slice(Math.max(from, 0), to)) assertValid(state.draft, step);
      }
      return enter(state, target);
    },
    dispatch(state, action) {
      switch (action.type) {
        case 'update':
          return flow.update(state, action.patch);
        case 'next':
          return flow.next(state);
        case 'back':
          return flow.back(state);
        case 'goTo':
          return flow.goTo(state, action.step);
      }
    },
    result(state) {
      assertFlow(state);
      if (state.step !== DONE) {
        return refuse(state.step, 'flow_not_done', 'finish every step before creating the integration');
      }
      return validate(state, DONE);
    },
  };
  return flow;
}

const isPlainRecord = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A plain object of any keys and values (a protocol config its module checks later), refused as
 * `z.record(z.string(), z.unknown())` refuses: one check instead of two schemas per key, as the patch
 * of every keystroke passes here. The output is the input object: `apply` copies it before keeping it.
 */
export const plainRecordPatch = () =>
  z.custom<Record<string, unknown>>().check(
    z.superRefine((value, ctx) => {
      if (!isPlainRecord(value)) ctx.addIssue({ code: 'invalid_type', expected: 'record', input: value });
    }),
  );

/** A patch schema accepting only known keys, each optional (on `zod/mini`, small enough for the browser). */
export function patchSchema<Shape extends z.core.$ZodShape>(shape: Shape) {
  return z.partial(z.strictObject(shape));
}
