import type { Context } from 'hono';

/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Data for a page's script: JSON in a `type="application/json"` script element (data, never run,
 * so the strict CSP holds), with every `<` escaped so no value can close that element.
 */
export function jsonDataHtml(id: string, data: unknown): string {
  return `<script type="application/json" id="${escapeHtml(id)}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** Path of the sandbox pages' stylesheet (served by the sandbox itself, so `style-src 'self'` holds). */
export const SANDBOX_CSS_PATH = '/sandbox/assets/sandbox.css';

export const SANDBOX_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d21;background:#f4f4f6}
.sandbox{background:#ffe8a3;border-bottom:1px solid #c9a227;padding:.5rem 1rem;font-weight:600}
main{max-width:26rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 1px 3px #0002}
main:has(ik-inspector){max-width:64rem}
main:has(ik-dashboard){max-width:48rem}
label{display:block;margin-top:1rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.5rem;margin-top:.25rem;font:inherit}
button{margin-top:1.5rem;width:100%;padding:.6rem;font:inherit;font-weight:600;color:#fff;background:#1662dd;border:0;border-radius:.25rem}
.error{color:#b00020;background:#fde7ea;padding:.5rem;border-radius:.25rem}
.status{color:#555}
.apps{list-style:none;padding:0;display:grid;gap:.5rem}
.app{display:block;padding:.75rem 1rem;border:1px solid #c8c8d0;border-radius:.25rem;font-weight:600;color:#1662dd;text-decoration:none}
.app:hover,.app:focus-visible{border-color:#1662dd;outline:2px solid #1662dd}`;

/** Options of {@link sandboxPage}. */
export interface SandboxPageOptions {
  readonly title: string;
  /** The page's main content, already escaped. */
  readonly body: string;
  /** @default 200 */
  readonly status?: 200 | 400 | 401 | 403 | 429;
  /**
   * Origins a form on the page may end up at: Chromium applies `form-action` to every redirect a
   * form submission follows, so a sign-in that ends at an app's redirect URI must list its origin.
   * @default none beyond the server itself
   */
  readonly formTargets?: readonly string[];
}

/** The sandbox page CSP: the sandbox stylesheet and scripts only, forms to this server plus `formTargets`, no framing. */
export function sandboxCsp(formTargets: readonly string[] = []): string {
  const targets = ["'self'", ...formTargets].join(' ');
  return `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action ${targets}; base-uri 'none'; frame-ancestors 'none'`;
}

/** The HTML of a sandbox page: the sandbox banner, then `body` (already escaped) in `main`. */
export function sandboxHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · Integrakit sandbox</title>
    <link rel="stylesheet" href="${SANDBOX_CSS_PATH}" />
  </head>
  <body>
    <p class="sandbox" role="note">Integrakit sandbox identity provider: for testing integrations only, not a real Okta org.</p>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/**
 * A sandbox page: every one says it is a sandbox, is never cached, and is sent with
 * {@link sandboxCsp}.
 */
export function sandboxPage(c: Context, options: SandboxPageOptions): Response {
  const response = c.html(sandboxHtml(options.title, options.body), options.status ?? 200);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Security-Policy', sandboxCsp(options.formTargets));
  return response;
}

/** Path of the script that submits a page's `form[data-autosubmit]` (a strict CSP forbids inline scripts). */
export const AUTOSUBMIT_JS_PATH = '/sandbox/assets/autosubmit.js';

export const AUTOSUBMIT_JS = "document.querySelector('form[data-autosubmit]')?.submit();\n";
