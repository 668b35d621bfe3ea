/**
 * `@integrakit/core/logs`: System Log views as Okta query parameters, and polling with backoff.
 * No zod and no HTTP code, so elements can load it; `@integrakit/core/client`'s `logs` calls the API.
 * @packageDocumentation
 */
export { type PollTiming, pollDelay } from './backoff.js';
export { type PollOptions, type PollUpdate, pollPages, timerWait } from './poll.js';
export {
  isLogEventCategory,
  isLogOutcome,
  isLogTimeRange,
  LOG_EVENT_CATEGORIES,
  LOG_OUTCOMES,
  LOG_TIME_RANGES,
  type LogEventCategory,
  type LogOutcome,
  type LogSearch,
  type LogTimeRange,
  type LogView,
  logFilter,
  toLogSearch,
} from './query.js';
export { logViewFromParams, logViewToParams } from './url.js';
