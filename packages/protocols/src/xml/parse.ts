import { DOMParser } from '@xmldom/xmldom';
import { ConfigValidationError } from '../errors.js';

/** Options for {@link parseXml}. */
export interface ParseXmlOptions {
  /** Documents longer than this many characters are refused before parsing. @default 1_000_000 */
  readonly maxLength?: number;
  /** Field name used in error paths, e.g. `metadata` or `samlResponse`. @default 'xml' */
  readonly field?: string;
}

function fail(field: string, code: string, message: string): never {
  throw new ConfigValidationError([{ path: [field], code, message: `${field}: ${message}` }]);
}

/**
 * Parses untrusted XML with @xmldom/xmldom, refusing what parsers get attacked with: a document
 * type declaration (the carrier of XXE and entity expansion) and oversized input. Well-formedness
 * errors become {@link ConfigValidationError}s that give the line and column.
 */
export function parseXml(xml: string, options: ParseXmlOptions = {}): Document {
  const field = options.field ?? 'xml';
  const maxLength = options.maxLength ?? 1_000_000;
  if (xml.length > maxLength) fail(field, 'too_big', `is ${xml.length} characters, over the ${maxLength} limit`);
  // Checked on the raw text so that no entity is ever declared, let alone resolved.
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(xml);
  if (doctype !== null) {
    const before = xml.slice(0, doctype.index);
    const line = before.split('\n').length;
    const column = doctype.index - before.lastIndexOf('\n');
    fail(field, 'doctype_forbidden', `DOCTYPE and ENTITY declarations are refused (line ${line}, column ${column})`);
  }
  const problems: string[] = [];
  const report = (message: string) =>
    problems.push(
      message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*\n@#\[line:(\d+),col:(\d+)\]/, ' (line $1, column $2)'),
    );
  const document = new DOMParser({
    locator: {},
    // xmldom 0.8 reports unclosed tags and unquoted attributes as mere warnings: refuse them too.
    errorHandler: { warning: report, error: report, fatalError: report },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
  if (problems.length > 0 || document?.documentElement == null) {
    fail(field, 'malformed_xml', `is not well-formed XML: ${problems[0] ?? 'no root element'}`);
  }
  return document;
}
