/** Fired by `<ik-assignments>` when reading the app's assignments failed; it shows **Try again**. */
export class IkAssignmentsErrorEvent extends Event {
  static readonly type = 'ik-assignments-error';
  /** What the client threw (an `ApiError` for an HTTP error). */
  readonly detail: { readonly error: unknown };

  constructor(error: unknown) {
    super(IkAssignmentsErrorEvent.type, { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ik-assignments-error': IkAssignmentsErrorEvent;
  }
}
