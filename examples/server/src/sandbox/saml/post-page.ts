import type { Context } from 'hono';
import { escapeHtml, SANDBOX_CSS_PATH } from '../page.js';

/** The one script of the auto-POST page: served by the server, so `script-src 'self'` allows it. */
export const AUTOPOST_SCRIPT_PATH = '/sandbox/assets/autopost.js';
export const AUTOPOST_SCRIPT = "document.getElementById('sandbox-post').submit();\n";

/**
 * The page that carries a protocol message to the app by HTTP-POST (SAML bindings 3.5.4, WS-Fed
 * `wresult`): a form of hidden fields submitted by the server's own script, under a CSP that allows
 * that script and a form post to the target's origin only. Without script it shows a Continue button.
 */
export function autoPostPage(
  c: Context,
  target: string,
  fields: Readonly<Record<string, string | undefined>>,
): Response {
  const inputs = Object.entries(fields)
    .flatMap(([name, value]) =>
      value === undefined ? [] : [`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}" />`],
    )
    .join('\n        ');
  const response = c.html(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Signing in · Integrakit sandbox</title>
    <link rel="stylesheet" href="${SANDBOX_CSS_PATH}" />
  </head>
  <body>
    <p class="sandbox" role="note">Integrakit sandbox identity provider: for testing integrations only, not a real Okta org.</p>
    <main>
      <p>Signing you in to the app…</p>
      <form method="post" action="${escapeHtml(target)}" id="sandbox-post">
        ${inputs}
        <noscript><button type="submit">Continue</button></noscript>
      </form>
      <script src="${AUTOPOST_SCRIPT_PATH}"></script>
    </main>
  </body>
</html>
`);
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; style-src 'self'; form-action ${new URL(target).origin}; base-uri 'none'; frame-ancestors 'none'`,
  );
  return response;
}
