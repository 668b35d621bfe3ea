import type { MiddlewareHandler } from 'hono';

const titles: Record<number, string> = {
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Page not found',
  413: 'Request too large',
  429: 'Too many requests',
};

/** What to do next, by status: a person reads these, so they say how to get unstuck. */
const hints: Record<number, string> = {
  401: 'Get a fresh one-time login link without restarting the server: run <code>pnpm login-link</code> in the project folder, then open the link it prints.',
  404: 'Go to the <a href="/">Applications page</a>.',
  429: 'Wait a minute and reload the page.',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Whether the caller is a browser navigating (it asks for HTML) rather than an API client. */
export function prefersHtml(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/html\b/i.test(accept);
}

/** The HTML page for an error: a title by status, the server's summary, and how to get unstuck. */
export function errorPage(status: number, summary: string): string {
  const title = titles[status] ?? 'Something went wrong';
  const hint = hints[status] ?? 'Go back to the <a href="/">Applications page</a>.';
  return `<!doctype html>
<html lang="en" class="ik-theme-auto">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Integrakit reference server</title>
    <link rel="stylesheet" href="/styles.css" />
  </head>
  <body>
    <header class="top"><span class="brand">Integrakit</span><span class="org">reference server</span></header>
    <main>
      <h1>${title}</h1>
      <p class="notice">${escapeHtml(summary)}</p>
      <p>${hint}</p>
      <p class="status">HTTP ${status}</p>
    </main>
  </body>
</html>
`;
}

/**
 * Content negotiation for errors: a request that asks for HTML (a browser navigating) and gets an
 * error gets a page instead of Okta's error JSON. API clients (`Accept: application/json`, `*\/*`)
 * keep the JSON. Only the summary is carried over: error JSON never holds secrets, and the summary
 * is escaped.
 */
export const htmlErrors: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status < 400 || !prefersHtml(c.req.header('accept'))) return;
  // A route that already answered with its own page (the sandbox's sign-in errors) keeps it.
  if (c.res.headers.get('content-type')?.startsWith('text/html')) return;
  const status = c.res.status;
  let summary = c.res.statusText || 'The request failed.';
  if (c.res.headers.get('content-type')?.includes('application/json')) {
    const body = (await c.res.clone().json()) as { errorSummary?: unknown };
    if (typeof body.errorSummary === 'string') summary = body.errorSummary;
  } else if (status === 404) {
    summary = `There is no page at ${new URL(c.req.url).pathname}.`;
  }
  const headers = new Headers(c.res.headers);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.delete('Content-Length');
  // Cleared first: Hono's setter would otherwise copy the old response's headers onto the page.
  c.res = undefined;
  c.res = new Response(c.req.method === 'HEAD' ? null : errorPage(status, summary), { status, headers });
};
