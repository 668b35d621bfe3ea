export {
  type BookmarkConfig,
  type BookmarkConfigInput,
  bookmarkConfigSchema,
  define,
  fromOktaApp,
  type OktaBookmarkApp,
  oktaBookmarkAppSchema,
  policyWarnings,
  safeDefine,
  toOktaApp,
} from './bookmark.js';
