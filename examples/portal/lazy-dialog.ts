// A dialog whose elements load on demand: its button imports and wires them on the first click,
// then opens it on every click, so the page that holds the button never loads them up front.

/** A dialog and its close button, from the page's template. */
export interface DialogParts {
  readonly dialog: HTMLDialogElement;
  readonly close: HTMLButtonElement;
}

/**
 * Opens `parts.dialog` from `button`, calling `wire` (which imports the dialog's code) once first.
 * A failed load is reported through `onError` and retried on the next click.
 */
export function lazyDialog(
  button: HTMLButtonElement,
  parts: DialogParts,
  wire: () => Promise<void>,
  onError: () => void,
): void {
  let wired: Promise<void> | undefined;
  button.addEventListener('click', () => {
    wired ??= wire();
    wired.then(
      () => {
        if (!parts.dialog.open) parts.dialog.showModal();
      },
      () => {
        wired = undefined;
        onError();
      },
    );
  });
}
