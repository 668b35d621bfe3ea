/**
 * Registers `tag` unless it is already taken. Registering the same constructor twice is a no-op;
 * a different constructor under the same tag warns instead of throwing, so two copies of the
 * package on one page never break the host.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, elementClass);
  } else if (existing !== elementClass) {
    console.warn(`<${tag}> is already defined by another copy of @integrakit/elements; keeping the first.`);
  }
}
