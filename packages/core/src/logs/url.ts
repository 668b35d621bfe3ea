import { isLogEventCategory, isLogOutcome, isLogTimeRange, type LogView } from './query.js';

const MAX_Q = 400;
const MAX_ID = 255;

/**
 * A {@link LogView} from URL query parameters (`range`, `categories` comma-separated, `outcome`,
 * `appId`, `q`). Unknown or oversized values are dropped, so any link opens a valid view.
 */
export function logViewFromParams(params: URLSearchParams): LogView {
  const range = params.get('range');
  const categories = [...new Set((params.get('categories') ?? '').split(',').filter(isLogEventCategory))];
  const outcome = params.get('outcome');
  const appId = params.get('appId') ?? '';
  const q = (params.get('q') ?? '').trim();
  return {
    ...(isLogTimeRange(range) ? { range } : {}),
    ...(categories.length === 0 ? {} : { categories }),
    ...(isLogOutcome(outcome) ? { outcome } : {}),
    ...(appId === '' || appId.length > MAX_ID ? {} : { targetId: appId }),
    ...(q === '' || q.length > MAX_Q ? {} : { q }),
  };
}

/** The URL query parameters of a {@link LogView}: the inverse of {@link logViewFromParams}. */
export function logViewToParams(view: LogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.targetId) params.set('appId', view.targetId);
  if (view.range !== undefined) params.set('range', view.range);
  if (view.categories !== undefined && view.categories.length > 0) params.set('categories', view.categories.join(','));
  if (view.outcome !== undefined) params.set('outcome', view.outcome);
  if (view.q) params.set('q', view.q);
  return params;
}
