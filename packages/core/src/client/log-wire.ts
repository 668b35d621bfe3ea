import * as z from 'zod/mini';

// Okta's System Log shapes (`LogEvent` in the management API spec). Loose objects: the fields a
// reader relies on are checked, the many others Okta sends pass through. Okta sends `null` for
// absent values, hence `nullish`.

const text = z.nullish(z.string());

/** An actor or target (`LogActor`, `LogTarget`). */
export const LogEntitySchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  alternateId: text,
  displayName: text,
  detailEntry: z.nullish(z.record(z.string(), z.unknown())),
});

/** One System Log event (`LogEvent`). */
export const LogEventSchema = z.looseObject({
  uuid: z.string().check(z.minLength(1)),
  published: z.string().check(z.minLength(1)),
  eventType: z.string().check(z.minLength(1)),
  version: text,
  severity: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
  displayMessage: text,
  actor: z.nullish(LogEntitySchema),
  client: z.nullish(
    z.looseObject({
      ipAddress: text,
      userAgent: z.nullish(z.looseObject({ rawUserAgent: text })),
      zone: text,
    }),
  ),
  outcome: z.nullish(z.looseObject({ result: z.string(), reason: text })),
  target: z.nullish(z.array(LogEntitySchema)),
  transaction: z.nullish(z.looseObject({ type: text, id: text })),
  debugContext: z.nullish(z.looseObject({ debugData: z.nullish(z.record(z.string(), z.unknown())) })),
  authenticationContext: z.nullish(z.record(z.string(), z.unknown())),
});

const count = z.int().check(z.minimum(0));

/** One day of an app's sign-ins. */
export const UsageDaySchema = z.looseObject({
  /** `YYYY-MM-DD`, UTC. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  signIns: count,
  failures: count,
  uniquePeople: count,
});

/** `GET /api/v1/apps/{appId}/usage` (the reference server's, not an Okta API): sign-ins per day, oldest first. */
export const AppUsageSchema = z.looseObject({
  appId: z.string(),
  days: z.array(UsageDaySchema).check(z.maxLength(366)),
  totals: z.looseObject({ signIns: count, failures: count, uniquePeople: count }),
});

export type LogEntity = z.output<typeof LogEntitySchema>;
export type LogEvent = z.output<typeof LogEventSchema>;
export type UsageDay = z.output<typeof UsageDaySchema>;
export type AppUsage = z.output<typeof AppUsageSchema>;
