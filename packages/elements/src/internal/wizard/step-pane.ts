import { type ChildPart, nothing, render } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Keeps each step's DOM when the user leaves it, like Lit's `cache`, but in one element per step
 * (`<div class="step-pane">`, `display: contents` in the wizard styles): a step change then moves
 * that one element in and out of the form instead of every top-level node of the step's template.
 */
class StepPaneDirective extends Directive {
  readonly #panes = new Map<string, HTMLElement>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('stepPane() belongs in a child position');
  }

  render(_step: string, _body: unknown): unknown {
    return nothing;
  }

  override update(part: ChildPart, [step, body]: [string, unknown]): HTMLElement {
    let pane = this.#panes.get(step);
    if (pane === undefined) {
      pane = document.createElement('div');
      pane.className = 'step-pane';
      this.#panes.set(step, pane);
    }
    // The host's options without its `renderBefore`: the pane is a root of its own.
    const { host, creationScope } = part.options ?? {};
    render(body, pane, {
      ...(host === undefined ? {} : { host }),
      ...(creationScope === undefined ? {} : { creationScope }),
    });
    return pane;
  }
}

/** Renders `body` as the step `step`'s DOM, kept while other steps are shown (values stay bound). */
export const stepPane = directive(StepPaneDirective);
