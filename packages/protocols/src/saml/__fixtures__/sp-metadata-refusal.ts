import { expect } from 'vitest';
import { type ConfigValidationError, isConfigValidationError } from '../../errors.js';
import { type ParseSpMetadataOptions, parseSpMetadata } from '../sp-metadata.js';

/** The first issue of the typed error `parseSpMetadata` refuses `xml` with; fails the test if it reads it. */
export async function spMetadataRefusal(xml: string, options: ParseSpMetadataOptions = {}) {
  const error = await parseSpMetadata(xml, options).then(
    () => new Error('expected a refusal'),
    (thrown: unknown) => thrown,
  );
  expect(isConfigValidationError(error)).toBe(true);
  return (error as ConfigValidationError).issues[0];
}
