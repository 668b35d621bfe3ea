import { DONE, type Flow, type FlowState, type Issue, isIntegrakitError, type StepInfo } from '@integrakit/core/flows';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IkStepEnterEvent } from '../../events/step-enter.js';
import { IkStepLeaveEvent } from '../../events/step-leave.js';
import { IkWizardCancelEvent } from '../../events/wizard-cancel.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where focus goes after the next render. */
type FocusTarget = 'step-heading' | 'error-summary' | 'cancel-confirm';

const noop = () => undefined;
/** One string per path (`[]` and `['']` differ), as `startsWith` compares parts: by their text. */
const pathKey = (path: readonly (string | number)[]) => path.map((part) => `\u0000${part}`).join('');
const sameIssue = (a: Issue, b: Issue) => a.code === b.code && pathKey(a.path) === pathKey(b.path);
const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.every((part, index) => String(path[index]) === String(part));

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** The issues at each path and below it, by {@link pathKey}: every prefix of an issue's path lists it, in order. */
function issuesByPath(issues: readonly Issue[]): Map<string, Issue[]> {
  const index = new Map<string, Issue[]>();
  for (const item of issues) {
    for (let length = 0; length <= item.path.length; length++) {
      const key = pathKey(item.path.slice(0, length));
      const at = index.get(key);
      if (at === undefined) index.set(key, [item]);
      else at.push(item);
    }
  }
  return index;
}

/**
 * A core flow machine on screen, shared by every wizard element: it holds the one `FlowState`,
 * turns Next/Back/goTo/update into machine calls, keeps the issues shown (after a refused Next,
 * from the final validation, or from the server), moves focus after user step changes (heading,
 * or the error summary when Next is refused), fires `ik-step-leave` / `ik-step-enter` /
 * `ik-wizard-cancel`, and guards the final submit against doubles.
 *
 * The host renders from {@link state}, {@link steps}, {@link issues} and {@link errorFor}, and
 * calls {@link next} from its form's `submit`. It never keeps a second copy of values.
 *
 * ```ts
 * readonly #wizard = new FlowController<AddFlowDraft>(this);
 * // when the entry arrives: this.#wizard.start(createAddFlow(entry, options));
 * // in render: renderStepIndicator(this.#wizard.steps(), …), step body, renderWizardNav(…)
 * ```
 */
export class FlowController<Draft> implements ReactiveController {
  readonly #host: Host;
  #flow: Flow<Draft> | undefined;
  #state: FlowState<Draft> | undefined;
  #initial = '';
  #issues: readonly Issue[] = [];
  /** {@link issuesByPath} of {@link #issues}, built when first asked after they change. */
  #issueIndex: { readonly of: readonly Issue[]; readonly byPath: Map<string, Issue[]> } | undefined;
  #stepsOf: { readonly state: FlowState<Draft>; readonly steps: readonly StepInfo[] } | undefined;
  /** Issues come from a refused Next: fixing a field removes its error; new ones wait for Next. */
  #recheck = false;
  #focus: FocusTarget | undefined;
  #entered: string | undefined;
  #busy = false;
  #waiting = false;
  #confirming = false;

  readonly #onDone: (() => void) | undefined;
  readonly #ready: (() => Promise<unknown> | undefined) | undefined;

  /**
   * `onDone` runs when the user's Next passes the whole-integration validation and reaches Done.
   * `ready` returns what validating the current step still waits for (the chosen protocol's module,
   * loading), or `undefined`: Next waits for it instead of validating without it.
   */
  constructor(
    host: Host,
    options: { readonly onDone?: () => void; readonly ready?: () => Promise<unknown> | undefined } = {},
  ) {
    this.#host = host;
    this.#onDone = options.onDone;
    this.#ready = options.ready;
    host.addController(this);
  }

  /** The flow on screen, if started. */
  get flow(): Flow<Draft> | undefined {
    return this.#flow;
  }

  /** The current state; `undefined` until {@link start}. */
  get state(): FlowState<Draft> | undefined {
    return this.#state;
  }

  /** The issues shown now, in the summary and at their fields. */
  get issues(): readonly Issue[] {
    return this.#issues;
  }

  /** Whether the final submit is running, or Next is waiting for `ready` (render `aria-busy` from it). */
  get busy(): boolean {
    return this.#busy;
  }

  /** Whether Next is waiting for what the step's validation needs (see the constructor's `ready`). */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** Whether the Cancel confirmation is open. */
  get confirming(): boolean {
    return this.#confirming;
  }

  /** Whether the flow reached Done. */
  get done(): boolean {
    return this.#state?.step === DONE;
  }

  /** Starts `flow` (or resumes `state`, e.g. from a URL). Host-driven: no focus move, no events. */
  start(flow: Flow<Draft>, state: FlowState<Draft> = flow.start()): void {
    this.#flow = flow;
    this.#state = state;
    this.#initial = JSON.stringify(flow.start().draft);
    this.#issues = [];
    this.#recheck = false;
    this.#busy = false;
    this.#confirming = false;
    this.#host.requestUpdate();
  }

  /**
   * The enabled steps, recomputed for each new state because a step's `enabled()` can drop it (one
   * render asks several times: indicator, heading, Back, Done).
   */
  steps(): readonly StepInfo[] {
    const state = this.#state;
    if (this.#flow === undefined || state === undefined) return [];
    if (this.#stepsOf?.state !== state) this.#stepsOf = { state, steps: this.#flow.steps(state) };
    return this.#stepsOf.steps;
  }

  /** The current step's info ("Step 2 of 5"), if the flow is on a step. */
  current(): StepInfo | undefined {
    return this.steps().find((step) => step.status === 'current');
  }

  /** Whether there is a step before the current one. */
  canGoBack(): boolean {
    const first = this.steps()[0];
    return first !== undefined && this.#state !== undefined && this.#state.step !== first.id;
  }

  /** Whether the current step is the last one (its submit button reads **Done**). */
  isLast(): boolean {
    const steps = this.steps();
    return steps.at(-1)?.id === this.#state?.step;
  }

  /**
   * The shown issues at `path` or below it, for the field rendered there. Looked up in an index of
   * the shown issues: a long form asks for every field's errors on each render. The same array while
   * the shown issues stay the same, so a part of the form can skip re-rendering on it.
   */
  errorsAt(path: readonly (string | number)[]): readonly Issue[] {
    if (this.#issueIndex?.of !== this.#issues) {
      this.#issueIndex = { of: this.#issues, byPath: issuesByPath(this.#issues) };
    }
    return this.#issueIndex.byPath.get(pathKey(path)) ?? NO_ISSUES;
  }

  /** Whether the draft differs from the flow's start (Cancel then asks first). */
  hasValues(): boolean {
    return this.#state !== undefined && JSON.stringify(this.#state.draft) !== this.#initial;
  }

  /**
   * Sends a patch for the current step. A refused patch shows its issues instead. With `field` (the
   * one field the patch changes), errors shown after a refused Next are rechecked for that field
   * alone (core's `fieldIssues`), not by validating the whole step on every keystroke.
   */
  update(patch: unknown, field?: readonly (string | number)[]): void {
    const { flow, state } = this.#started();
    try {
      this.#state = flow.update(state, patch);
      if (this.#recheck) {
        const next = this.#state;
        const remaining = field === undefined ? flow.issues(next) : flow.fieldIssues(next, field);
        const rechecked = (shown: Issue) => field === undefined || startsWith(shown.path, field);
        const kept = this.#issues.filter(
          (shown) => !rechecked(shown) || remaining.some((item) => sameIssue(item, shown)),
        );
        // The same array while no error went away, so what renders from it can tell nothing changed.
        if (kept.length !== this.#issues.length) this.#issues = kept;
      }
    } catch (error) {
      this.#refuse(error);
    }
    this.#host.requestUpdate();
  }

  /**
   * Validates the current step and moves on; on the last step this runs the whole-integration
   * validation and reaches Done. Returns whether it moved. Refusals show an error summary.
   */
  next(): boolean {
    this.#started();
    if (this.#busy) return false;
    const ready = this.#ready?.();
    if (ready === undefined) return this.#advance();
    // Validating now would report the missing module as the user's error; a failed load is
    // validated anyway (the step then says it could not load), once per Next.
    this.#waiting = true;
    void this.submit(() => ready.then(noop, noop)).then(() => {
      this.#waiting = false;
      this.#advance();
    });
    return false;
  }

  #advance(): boolean {
    const { flow, state } = this.#started();
    try {
      const moved = this.#move(flow.next(state));
      if (moved && this.done) this.#onDone?.();
      return moved;
    } catch (error) {
      this.#refuse(error);
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Goes back one step, keeping every value; never validates. */
  back(): void {
    const { flow, state } = this.#started();
    if (this.#busy) return;
    try {
      this.#move(flow.back(state));
    } catch (error) {
      this.#refuse(error);
    }
    this.#host.requestUpdate();
  }

  /** Jumps to a completed step (the step indicator's buttons). */
  goTo(step: string): void {
    const { flow, state } = this.#started();
    if (this.#busy) return;
    try {
      this.#move(flow.goTo(state, step));
    } catch (error) {
      this.#refuse(error);
    }
    this.#host.requestUpdate();
  }

  /**
   * Shows issues that came from outside the step (the final validation, the server), on the step
   * owning the first of them (`stepFor`), focusing the error summary there.
   */
  showIssues(issues: readonly Issue[], stepFor: (issue: Issue) => string | undefined = () => undefined): void {
    const { flow, state } = this.#started();
    const target = issues.map(stepFor).find((step) => step !== undefined);
    if (target !== undefined && target !== state.step) {
      try {
        this.#state = flow.goTo(state, target);
      } catch {
        // A step that cannot be reached keeps the issues where they are: the summary still lists them.
      }
    }
    this.#issues = issues;
    this.#recheck = false;
    this.#focus = 'error-summary';
    this.#host.requestUpdate();
  }

  /**
   * Runs the final submit (`task`) once: further calls while it runs are ignored, and
   * {@link busy} is true meanwhile. Returns what `task` returned, or `undefined` for a double.
   */
  async submit<T>(task: () => Promise<T>): Promise<T | undefined> {
    if (this.#busy) return undefined;
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      return await task();
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Cancel: asks first when values were entered, else fires `ik-wizard-cancel`. */
  cancel(): void {
    if (this.hasValues() && !this.#confirming) {
      this.#confirming = true;
      this.#focus = 'cancel-confirm';
      this.#host.requestUpdate();
      return;
    }
    this.#confirming = false;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new IkWizardCancelEvent());
  }

  /** Closes the Cancel confirmation, keeping every value. */
  keepEditing(): void {
    this.#confirming = false;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#focus;
    if (target === undefined) return;
    const element = this.#host.shadowRoot?.getElementById(target);
    if (element instanceof HTMLDialogElement) {
      if (!element.open) element.showModal();
    } else element?.focus();
    this.#focus = undefined;
    if (target === 'step-heading' && this.#entered !== undefined) {
      const step = this.#entered;
      this.#entered = undefined;
      this.#host.dispatchEvent(new IkStepEnterEvent(step));
    }
  }

  #move(next: FlowState<Draft>): boolean {
    const from = this.#state?.step ?? '';
    if (next.step !== from && !this.#host.dispatchEvent(new IkStepLeaveEvent(from, next.step))) return false;
    this.#state = next;
    this.#issues = [];
    this.#recheck = false;
    if (next.step !== from) {
      this.#focus = 'step-heading';
      this.#entered = next.step;
    }
    return true;
  }

  #refuse(error: unknown): void {
    if (!isIntegrakitError(error, 'ERR_INVALID_STEP') && !isIntegrakitError(error, 'ERR_INVALID_INTEGRATION')) {
      throw error;
    }
    this.#issues = (error as unknown as { issues: readonly Issue[] }).issues;
    this.#recheck = true;
    this.#focus = 'error-summary';
  }

  #started(): { flow: Flow<Draft>; state: FlowState<Draft> } {
    if (this.#flow === undefined || this.#state === undefined) throw new Error('start() the flow first');
    return { flow: this.#flow, state: this.#state };
  }
}
