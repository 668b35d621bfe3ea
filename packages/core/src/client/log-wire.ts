import * as z from 'zod';

// Okta's System Log shapes (`LogEvent` in the management API spec). Loose objects: the fields a
// reader relies on are checked, the many others Okta sends pass through. Okta sends `null` for
// absent values, hence `nullish`.

const text = z.string().nullish();

/** An actor or target (`LogActor`, `LogTarget`). */
export const LogEntitySchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  alternateId: text,
  displayName: text,
  detailEntry: z.record(z.string(), z.unknown()).nullish(),
});

/** One System Log event (`LogEvent`). */
export const LogEventSchema = z.looseObject({
  uuid: z.string().min(1),
  published: z.string().min(1),
  eventType: z.string().min(1),
  version: text,
  severity: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
  displayMessage: text,
  actor: LogEntitySchema.nullish(),
  client: z
    .looseObject({
      ipAddress: text,
      userAgent: z.looseObject({ rawUserAgent: text }).nullish(),
      zone: text,
    })
    .nullish(),
  outcome: z.looseObject({ result: z.string(), reason: text }).nullish(),
  target: z.array(LogEntitySchema).nullish(),
  transaction: z.looseObject({ type: text, id: text }).nullish(),
  debugContext: z.looseObject({ debugData: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  authenticationContext: z.record(z.string(), z.unknown()).nullish(),
});

const count = z.number().int().min(0);

/** One day of an app's sign-ins. */
export const UsageDaySchema = z.looseObject({
  /** `YYYY-MM-DD`, UTC. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  signIns: count,
  failures: count,
  uniquePeople: count,
});

/** `GET /api/v1/apps/{appId}/usage` (the reference server's, not an Okta API): sign-ins per day, oldest first. */
export const AppUsageSchema = z.looseObject({
  appId: z.string(),
  days: z.array(UsageDaySchema).max(366),
  totals: z.looseObject({ signIns: count, failures: count, uniquePeople: count }),
});

export type LogEntity = z.output<typeof LogEntitySchema>;
export type LogEvent = z.output<typeof LogEventSchema>;
export type UsageDay = z.output<typeof UsageDaySchema>;
export type AppUsage = z.output<typeof AppUsageSchema>;
