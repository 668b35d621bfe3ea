// xs:dateTime with a time zone (SAML core 1.3.3 wants UTC); `Date.parse` alone accepts far more.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of a zoned xs:dateTime, or `NaN` for anything else. */
export function dateTime(value: string): number {
  return DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
}
