// The portal's page router: every page has its own URL (Okta's Admin Console paths), so reload and
// Back work. Pages load on first visit with `import()`.
import type { IntegrakitClient } from '@integrakit/core/client';

/** What every page gets: the session client and a way to move to another page. */
export interface Portal {
  readonly client: IntegrakitClient;
  /** Shows the page at `path` and adds it to the history. */
  navigate(path: string): void;
}

/** A page: renders into the outlet and returns what to undo when the page is left. */
export interface PortalPage {
  render(outlet: HTMLElement, params: Readonly<Record<string, string>>, portal: Portal): (() => void) | undefined;
}

/** One route: a path pattern whose `:name` segments become params, and its page. */
export interface Route {
  readonly path: string;
  readonly page: () => Promise<PortalPage>;
}

/** The params of `pathname` for `pattern`, or `undefined` when it does not match. */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = pathname.replace(/\/+$/, '').split('/');
  if (pattern === '/' ? pathname !== '/' : want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index] ?? '';
    if (part.startsWith(':')) {
      if (actual === '') return undefined;
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined; // a malformed escape is no page
      }
    } else if (part !== actual) return undefined;
  }
  return params;
}

/**
 * Starts routing: renders the page for the current URL into `outlet`, follows same-origin links to
 * routed paths without reloading, and re-renders on Back and Forward.
 */
export function startRouter(
  outlet: HTMLElement,
  routes: readonly Route[],
  notFound: PortalPage,
  client: IntegrakitClient,
): Portal {
  let leave: (() => void) | undefined;
  let shown = 0;
  const find = (pathname: string) => {
    for (const route of routes) {
      const params = matchRoute(route.path, pathname);
      if (params !== undefined) return { route, params };
    }
    return undefined;
  };

  const show = async (focus: boolean) => {
    const visit = ++shown;
    const found = find(location.pathname);
    const page = found === undefined ? notFound : await found.route.page();
    if (visit !== shown) return; // a later navigation won the race for the outlet
    leave?.();
    outlet.replaceChildren();
    leave = page.render(outlet, found?.params ?? {}, portal);
    // A new page is announced by moving focus to its heading, as a full page load would read it.
    if (focus) outlet.querySelector<HTMLElement>('h1')?.focus();
  };

  const portal: Portal = {
    client,
    navigate(path) {
      history.pushState(null, '', path);
      void show(true);
    },
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link === undefined || link.target !== '' || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || find(url.pathname) === undefined) return;
    event.preventDefault();
    portal.navigate(`${url.pathname}${url.search}${url.hash}`);
  });
  addEventListener('popstate', () => void show(true));
  void show(false);
  return portal;
}
