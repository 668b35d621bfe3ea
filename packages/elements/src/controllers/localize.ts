import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/en.js';
import { translationFor } from '../translations/registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<Host>();
let observer: MutationObserver | undefined;
// Bumped on every `lang`/`dir` change the observer sees: a language resolved before is then stale.
let generation = 0;

// One observer for the whole page: a `lang`/`dir` change on any element of the document (or of a
// shadow root holding a host) re-renders every element, which resolves its language again.
function watch(root: Node): void {
  observer ??= new MutationObserver(() => {
    generation++;
    for (const host of connected) host.requestUpdate();
  });
  observer.observe(root, { attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Resolves the language and direction an element should use — its own `lang`/`dir`, the closest
 * ancestor's, then the document's — and the matching translation dictionary. The language is
 * resolved once per `lang`/`dir` change on the page, not on every render; such a change re-renders
 * every element.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  #lang = 'en';
  #langAt = -1;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    // Moved elsewhere: other ancestors.
    this.#langAt = -1;
    watch(document);
    const root = this.#host.getRootNode();
    if (root instanceof ShadowRoot) watch(root);
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** The effective BCP 47 language tag. @default 'en' */
  lang(): string {
    if (this.#langAt !== generation) {
      this.#langAt = generation;
      this.#lang = this.#host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || 'en';
    }
    return this.#lang;
  }

  /** The effective direction. */
  dir(): 'ltr' | 'rtl' {
    const element = this.#host.closest<HTMLElement>('[dir]');
    const value = (element?.dir || document.documentElement.dir || 'ltr').toLowerCase();
    return value === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The dictionary for {@link lang}. */
  term(): Translation {
    return translationFor(this.lang());
  }
}
