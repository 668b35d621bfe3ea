// Building a page from its `<template>` in index.html, whose markup stays static HTML under the CSP.

/** Clones `<template id="{id}">` into `outlet`. */
export function stampTemplate(outlet: HTMLElement, id: string): void {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`<template id="${id}"> is missing from index.html`);
  outlet.append(document.importNode(template.content, true));
}

/** The element with `id` inside `root`, which the page's template must hold. */
export function part<T extends Element>(root: ParentNode, id: string): T {
  const element = root.querySelector(`#${id}`);
  if (element === null) throw new Error(`#${id} is missing from the page template`);
  return element as T;
}

/** Puts `title` in the tab title, after the page's own name. */
export function setTitle(title: string): void {
  document.title = `${title} · Integrakit reference server`;
}
