/**
 * A scripted browser for the sandbox tests: plain `fetch` with a cookie jar, redirects followed by
 * hand (so each hop can be inspected), and the sandbox sign-in form filled in as a person would.
 */
export function browser() {
  const jar = new Map<string, Map<string, string>>();

  const store = (url: URL, response: Response) => {
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    jar.set(url.host, cookies);
  };

  /** One request, no redirect followed; cookies sent and kept as a browser would (per host). */
  const request = async (href: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(href);
    const cookies = [...(jar.get(url.host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`);
    const headers = new Headers(init.headers);
    if (cookies.length > 0) headers.set('cookie', cookies.join('; '));
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    store(url, response);
    return response;
  };

  /**
   * Follows redirects from `href` while they stay on `origin`; returns the last response (a page,
   * or the redirect that leaves `origin`, e.g. to an app's redirect URI).
   */
  const follow = async (href: string, origin: string, init: RequestInit = {}): Promise<Response> => {
    let response = await request(href, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) return response;
      const next = new URL(location, response.url || href);
      if (next.origin !== origin) return response;
      await response.body?.cancel();
      response = await request(next.href);
    }
    throw new Error(`more than 20 redirects from ${href}`);
  };

  /** The value of a hidden input in an HTML page. */
  const hidden = (html: string, name: string) => {
    const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
    if (value === undefined) throw new Error(`no hidden ${name} in the page`);
    return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  };

  /** Posts the sandbox sign-in form shown in `page` (its CSRF token and `fromURI` included). */
  const submitSignIn = async (origin: string, page: string, username: string, password: string) =>
    request(`${origin}/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf: hidden(page, 'csrf'),
        fromURI: hidden(page, 'fromURI'),
        username,
        password,
      }).toString(),
    });

  return { request, follow, hidden, submitSignIn, cookies: (host: string) => jar.get(host) ?? new Map() };
}
