import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/en.js';
import { translationFor } from '../translations/registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<Host>();
let observer: MutationObserver | undefined;

// One observer for the whole page, created on first use: changing <html lang|dir> re-renders every element.
function watchDocument(): void {
  if (observer !== undefined) return;
  observer = new MutationObserver(() => {
    for (const host of connected) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * Resolves the language and direction an element should use — its own `lang`/`dir`, the closest
 * ancestor's, then the document's — and the matching translation dictionary. Hosts changing their
 * own `lang`/`dir` re-render through observed attributes; `<html>` changes are watched here.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    watchDocument();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** The effective BCP 47 language tag. @default 'en' */
  lang(): string {
    const element = this.#host.closest<HTMLElement>('[lang]');
    return element?.lang || document.documentElement.lang || 'en';
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
