export {
  type BookmarkConfig,
  type BookmarkConfigInput,
  bookmarkConfigSchema,
  define,
  fieldIssues,
  fromOktaApp,
  type OktaBookmarkApp,
  oktaBookmarkAppSchema,
  policyWarnings,
  safeDefine,
  toOktaApp,
} from './bookmark.js';
