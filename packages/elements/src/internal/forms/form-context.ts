import type { FormsTerms as Translation } from '../../translations/forms-terms.js';
import type { FieldPath } from '../field.js';

/** A protocol config as a form reads it: the flow's draft values, not yet validated. */
export type ConfigValues = Readonly<Record<string, unknown>>;

/** What every protocol form gets from the element that shows it. */
export interface FormContext {
  readonly t: Translation;
  /** Where the config sits in the flow's issue paths (`['signOn', 'config']`). */
  readonly base: FieldPath;
  /** The error to show at an issue path (already translated), if any. */
  readonly error: (path: FieldPath) => string | undefined;
  /**
   * The issues shown at `path` or below it, the same value while they stay the same: a dependency for
   * parts that skip re-rendering (it stands for every {@link error} under `path`).
   */
  readonly shownAt?: (path: FieldPath) => unknown;
  /** Sends changed keys of the config; the element merges them into the step's values. */
  readonly change: (patch: ConfigValues) => void;
  /**
   * The config as it is now, read when an event fires. Given it, rows of long lists re-render only
   * when they change (a row left as it was still edits the latest list, not the one it was drawn from).
   */
  readonly current?: () => ConfigValues;
}

/** A string value of the config, or `''`. */
export const text = (values: ConfigValues, key: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value : '';
};

/** A string-list value of the config, or `[]`. */
export const strings = (values: ConfigValues, key: string): readonly string[] => {
  const value = values[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** A nested object of the config, or `{}`. */
export const record = (values: ConfigValues, key: string): ConfigValues => {
  const value = values[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ConfigValues) : {};
};

/** An optional text value: blank means "not set", so an empty optional field is left out. */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
