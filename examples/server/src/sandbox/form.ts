import type { Context } from 'hono';
import { readText } from '../body.js';
import { OktaHttpError } from '../errors.js';

/**
 * A sandbox form field that broke a rule; the page names the field and the rule, never the value. A 400
 * wherever it is not caught, so a route that reads a form never answers a bad one with a 500.
 */
export class FormFieldError extends OktaHttpError {
  readonly field: string;
  constructor(field: string, rule: string) {
    super(400, 'E0000001', `${field}: ${rule}`, [`${field}: ${rule}`]);
    this.name = 'FormFieldError';
    this.field = field;
  }
}

/** Largest sandbox form body (a sign-in form is well under 4 KiB). */
const MAX_FORM_BYTES = 16 * 1024;

/** Reads an `application/x-www-form-urlencoded` body of at most 16 KiB. */
export async function readForm(c: Context): Promise<URLSearchParams> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new FormFieldError('body', 'must be application/x-www-form-urlencoded');
  }
  return new URLSearchParams(await readText(c, MAX_FORM_BYTES));
}

/** One field of `form`, required and at most `max` characters. */
export function field(form: URLSearchParams, name: string, max: number): string {
  const values = form.getAll(name);
  if (values.length !== 1 || values[0] === undefined || values[0] === '') {
    throw new FormFieldError(name, 'is required, once');
  }
  if (values[0].length > max) throw new FormFieldError(name, `must be at most ${max} characters`);
  return values[0];
}
