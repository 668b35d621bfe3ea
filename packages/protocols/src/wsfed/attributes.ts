import { ATTRIBUTE_NAME_FORMATS, type AttributeNameFormat, keyOf } from '../saml/common.js';
import type { WsfedAttributeStatement } from './wsfed.schema.js';

/** Why an item of Okta's attribute statement string could not be read. */
export interface AttributeStatementProblem {
  /** 0-based position of the comma-separated item. */
  readonly index: number;
  readonly message: string;
}

/**
 * Okta keeps WS-Fed "Custom Attribute Statements" as one string: comma-separated items of
 * `name|value` or `name|value|urn:oasis:names:tc:SAML:2.0:attrname-format:…`. An empty string
 * means none.
 */
export function parseAttributeStatements(text: string): {
  statements: WsfedAttributeStatement[];
  problems: AttributeStatementProblem[];
} {
  const statements: WsfedAttributeStatement[] = [];
  const problems: AttributeStatementProblem[] = [];
  if (text.trim() === '') return { statements, problems };
  text.split(',').forEach((item, index) => {
    const parts = item.trim().split('|');
    const [name, value, namespace] = parts;
    if (parts.length < 2 || parts.length > 3 || !name?.trim() || !value?.trim()) {
      problems.push({ index, message: `item ${index} must be name|value or name|value|nameFormat` });
      return;
    }
    let nameFormat: AttributeNameFormat | undefined;
    if (namespace !== undefined && namespace.trim() !== '') {
      nameFormat = keyOf(ATTRIBUTE_NAME_FORMATS, namespace.trim());
      if (nameFormat === undefined) {
        problems.push({ index, message: `item ${index} has an unknown name format ${namespace.trim()}` });
        return;
      }
    }
    statements.push({ name: name.trim(), value: value.trim(), ...(nameFormat === undefined ? {} : { nameFormat }) });
  });
  return { statements, problems };
}

/** Writes statements in Okta's string form (inverse of {@link parseAttributeStatements}). */
export function formatAttributeStatements(statements: readonly WsfedAttributeStatement[]): string {
  return statements
    .map((s) =>
      [s.name, s.value, ...(s.nameFormat === undefined ? [] : [ATTRIBUTE_NAME_FORMATS[s.nameFormat]])].join('|'),
    )
    .join(',');
}
