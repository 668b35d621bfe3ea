import type { LogView } from '@integrakit/core/logs';

/**
 * Fired by `<ik-system-log>` when the user changes the time range, event types, outcome or search;
 * `detail.view` is the new view (a host may put it in its URL). Not fired for property changes.
 */
export class IkLogViewChangeEvent extends Event {
  static readonly type = 'ik-log-view-change';
  readonly detail: { readonly view: LogView };

  constructor(view: LogView) {
    super(IkLogViewChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { view };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-log-view-change': IkLogViewChangeEvent;
  }
}
