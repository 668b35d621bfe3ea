/** The time ranges a System Log view offers, in milliseconds back from now. */
export const LOG_TIME_RANGES = {
  '15m': 15 * 60_000,
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
  '90d': 90 * 86_400_000,
} as const;

/** A key of {@link LOG_TIME_RANGES}. */
export type LogTimeRange = keyof typeof LOG_TIME_RANGES;

/**
 * Groups of Okta event types a person filters by, each as the `eventType` prefixes it covers
 * (a prefix ending in `.` covers a family, a full name one type).
 */
export const LOG_EVENT_CATEGORIES = {
  signIns: ['user.session.start', 'user.authentication.sso'],
  oauth: ['app.oauth2.'],
  appLifecycle: ['application.lifecycle.'],
  assignments: ['application.user_membership.', 'group.application_assignment.'],
  people: ['user.lifecycle.', 'group.lifecycle.', 'group.user_membership.'],
  keys: ['application.credentials.'],
} as const;

/** A key of {@link LOG_EVENT_CATEGORIES}. */
export type LogEventCategory = keyof typeof LOG_EVENT_CATEGORIES;

/** Okta's `outcome.result` values a view filters by. */
export const LOG_OUTCOMES = ['SUCCESS', 'FAILURE'] as const;

/** A key of {@link LOG_OUTCOMES}. */
export type LogOutcome = (typeof LOG_OUTCOMES)[number];

/** Whether `value` is a {@link LogTimeRange} (own keys only, so `valueOf` or `__proto__` is not). */
export const isLogTimeRange = (value: unknown): value is LogTimeRange =>
  typeof value === 'string' && Object.hasOwn(LOG_TIME_RANGES, value);

/** Whether `value` is a {@link LogEventCategory} (own keys only). */
export const isLogEventCategory = (value: unknown): value is LogEventCategory =>
  typeof value === 'string' && Object.hasOwn(LOG_EVENT_CATEGORIES, value);

/** Whether `value` is a {@link LogOutcome}. */
export const isLogOutcome = (value: unknown): value is LogOutcome =>
  (LOG_OUTCOMES as readonly unknown[]).includes(value);

/** What a person asks the System Log for; {@link toLogSearch} turns it into Okta's query parameters. */
export interface LogView {
  /** How far back to look. @default '24h' */
  readonly range?: LogTimeRange;
  /** Event type groups; none means every type. */
  readonly categories?: readonly LogEventCategory[];
  /** Only events with this outcome; absent means any. */
  readonly outcome?: LogOutcome;
  /** Only events with a target of this id (an app's "View Logs"). */
  readonly targetId?: string;
  /** Okta's keyword search (`q`). */
  readonly q?: string;
}

/** Okta's System Log query parameters (`GET /api/v1/logs`). */
export interface LogSearch {
  /** ISO 8601 lower bound. */
  readonly since?: string;
  /** ISO 8601 upper bound; absent on a polling query. */
  readonly until?: string;
  /** A filter expression, e.g. `eventType sw "application." and outcome.result eq "FAILURE"`. */
  readonly filter?: string;
  /** Keywords, space-separated. */
  readonly q?: string;
}

// Okta's filter literals are JSON strings, so JSON's quoting escapes `"` and `\` as the server expects.
const literal = (value: string) => JSON.stringify(value);

const anyOf = (terms: readonly string[]) => (terms.length === 1 ? terms[0] : `(${terms.join(' or ')})`);

/** Okta's filter expression for a {@link LogView}, or `undefined` when it filters nothing. */
export function logFilter(view: LogView): string | undefined {
  const clauses: string[] = [];
  const prefixes = (view.categories ?? []).flatMap((category) => LOG_EVENT_CATEGORIES[category]);
  if (prefixes.length > 0)
    clauses.push(
      anyOf(prefixes.map((prefix) => `eventType ${prefix.endsWith('.') ? 'sw' : 'eq'} ${literal(prefix)}`)) as string,
    );
  if (view.outcome !== undefined) clauses.push(`outcome.result eq ${literal(view.outcome)}`);
  if (view.targetId !== undefined && view.targetId !== '') clauses.push(`target.id eq ${literal(view.targetId)}`);
  return clauses.length === 0 ? undefined : clauses.join(' and ');
}

/** The query parameters of a {@link LogView} at `now`: `since` from the range, no `until`, so it can poll. */
export function toLogSearch(view: LogView, now: Date): LogSearch {
  const since = new Date(now.getTime() - LOG_TIME_RANGES[view.range ?? '24h']).toISOString();
  const filter = logFilter(view);
  const q = view.q?.trim() ?? '';
  return { since, ...(filter === undefined ? {} : { filter }), ...(q === '' ? {} : { q }) };
}
