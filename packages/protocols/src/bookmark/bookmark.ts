import * as z from 'zod/mini';
import { createDefiner, parseOrThrow } from '../define.js';
import type { ConfigIssue } from '../errors.js';

/** A bookmark app: a link on the dashboard, no sign-in. */
export const bookmarkConfigSchema = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** The app's launch page. */
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
  /** Ask Okta to build a full integration for this app. @default false */
  requestIntegration: z._default(z.boolean(), false),
});

/** What `bookmark.define` accepts. */
export type BookmarkConfigInput = z.input<typeof bookmarkConfigSchema>;
/** A validated bookmark configuration. */
export type BookmarkConfig = z.output<typeof bookmarkConfigSchema>;

function bookmarkPolicy(config: BookmarkConfig): ConfigIssue[] {
  return config.url.startsWith('https:') ? [] : [{ path: ['url'], code: 'https_required', message: 'must use https' }];
}

/** `define` / `safeDefine` / `policyWarnings` for bookmark apps; `{ policy: 'okta' }` allows http. */
export const { define, safeDefine, policyWarnings, fieldIssues } = createDefiner(bookmarkConfigSchema, bookmarkPolicy);

/** Okta's `BookmarkApplication` wire shape. */
export const oktaBookmarkAppSchema = z.object({
  name: z.literal('bookmark'),
  label: z.string(),
  signOnMode: z.literal('BOOKMARK'),
  settings: z.object({ app: z.object({ url: z.string(), requestIntegration: z.optional(z.boolean()) }) }),
});

/** An Okta bookmark app payload. */
export type OktaBookmarkApp = z.output<typeof oktaBookmarkAppSchema>;

/** Maps a bookmark config to Okta's `BOOKMARK` app payload. */
export function toOktaApp(config: BookmarkConfig): OktaBookmarkApp {
  return {
    name: 'bookmark',
    label: config.label,
    signOnMode: 'BOOKMARK',
    settings: { app: { url: config.url, requestIntegration: config.requestIntegration } },
  };
}

/** Reads an Okta bookmark app into a config; Okta's rules only, refused at the payload's field. */
export function fromOktaApp(payload: unknown): BookmarkConfig {
  const okta = parseOrThrow(oktaBookmarkAppSchema, payload);
  const { url, requestIntegration = false } = okta.settings.app;
  return parseOrThrow(bookmarkConfigSchema, { label: okta.label, url, requestIntegration }, bookmarkWirePath);
}

/** A bookmark config path as the Okta payload field it was read from (`url` is `settings.app.url`). */
function bookmarkWirePath(path: ConfigIssue['path']): ConfigIssue['path'] {
  const [field] = path;
  return field === 'url' || field === 'requestIntegration' ? ['settings', 'app', ...path] : path;
}
