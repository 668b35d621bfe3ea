// biome-ignore-all lint/suspicious/noTemplateCurlyInString: catalog templates are literal `${org.…}` text.
// Apart from the entry schema (zod), so the browser's add wizard reads templates without loading it.

/** Variables a template string references: `${org.x}` (SAML, WS-Fed, SWA, SCIM) or `{app.x}` (OIDC). */
export function templateVariables(value: string, style: 'org' | 'app'): string[] {
  const pattern = style === 'org' ? /\$\{org\.([a-zA-Z0-9_]+)\}/g : /(?<!\$)\{app\.([a-zA-Z0-9_]+)\}/g;
  return [...value.matchAll(pattern)].map((match) => match[1] ?? '');
}
