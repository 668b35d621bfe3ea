import { OktaHttpError } from '../errors.js';

/** Reads an integer query parameter within bounds; anything else is a 400 naming the parameter. */
export function intParam(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = /^-?\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new OktaHttpError(400, 'E0000001', 'Api validation failed', [
      `${name}: must be an integer from ${min} to ${max}`,
    ]);
  }
  return parsed;
}
