import { DOMParser } from '@xmldom/xmldom';
import { ConfigValidationError } from '../errors.js';
import { elementsBelow } from './dom.js';

/** Default limits for untrusted XML; each API may lower them (see `docs/security.md`). */
export const XML_LIMITS = {
  /** Characters of input. */
  maxLength: 1_000_000,
  /** Element nesting depth; real SAML responses and metadata stay under 15. */
  maxDepth: 64,
  /** Elements in the document. */
  maxElements: 50_000,
} as const;

/** Options for {@link parseXml}. */
export interface ParseXmlOptions {
  /** Documents longer than this many characters are refused before parsing. @default 1_000_000 */
  readonly maxLength?: number;
  /** Deeper element nesting is refused (`too_deep`). @default 64 */
  readonly maxDepth?: number;
  /** More elements are refused (`too_many_elements`). @default 50_000 */
  readonly maxElements?: number;
  /** Field name used in error paths, e.g. `metadata` or `samlResponse`. @default 'xml' */
  readonly field?: string;
}

function fail(field: string, code: string, message: string): never {
  throw new ConfigValidationError([{ path: [field], code, message }]);
}

/** xmldom's message without its `[xmldom error]` tag, with its `@#[line:…,col:…]` locator made readable. */
function readable(message: string): string {
  return message
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*\n?@#\[line:(\d+),col:(\d+)\]/, ' (line $1, column $2)')
    .replace(/\s*\n?@#\[[^\]]*\]/, '');
}

/**
 * Parses untrusted XML with @xmldom/xmldom, refusing what parsers get attacked with: a document
 * type declaration (the carrier of XXE and entity expansion), oversized input, and trees too deep
 * or too large for a real SAML or WS-Fed document. Every refusal is a {@link ConfigValidationError}
 * (codes `empty_document`, `too_big`, `doctype_forbidden`, `malformed_xml`, `too_deep`,
 * `too_many_elements`); well-formedness errors give the line and column.
 */
export function parseXml(xml: string, options: ParseXmlOptions = {}): Document {
  const field = options.field ?? 'xml';
  const maxLength = options.maxLength ?? XML_LIMITS.maxLength;
  if (xml.trim() === '') fail(field, 'empty_document', 'is an empty document');
  if (xml.length > maxLength) fail(field, 'too_big', `is ${xml.length} characters, over the ${maxLength} limit`);
  // Checked on the raw text so that no entity is ever declared, let alone resolved.
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(xml);
  if (doctype !== null) {
    const before = xml.slice(0, doctype.index);
    const line = before.split('\n').length;
    const column = doctype.index - before.lastIndexOf('\n');
    fail(field, 'doctype_forbidden', `DOCTYPE and ENTITY declarations are refused (line ${line}, column ${column})`);
  }
  let problem: string | undefined;
  // Stop at the first problem: xmldom's recovery from unclosed tags is quadratic (8,000 unclosed
  // tags cost 2 s of CPU), and a document with one problem is refused anyway.
  const stop = (message: string): never => {
    problem ??= readable(message);
    throw new Error(problem);
  };
  let document: Document | undefined;
  try {
    document = new DOMParser({
      locator: {},
      // xmldom 0.8 reports unclosed tags and unquoted attributes as mere warnings: refuse them too.
      errorHandler: { warning: stop, error: stop, fatalError: stop },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (error) {
    // Anything else xmldom throws is still a refusal of this input, never a crash.
    problem ??= error instanceof Error ? error.message : String(error);
  }
  if (problem !== undefined || document?.documentElement == null) {
    fail(field, 'malformed_xml', `is not well-formed XML: ${problem ?? 'no root element'}`);
  }
  checkShape(document, field, options);
  return document;
}

/** Refuses a tree deeper or larger than the limits, in one iterative pass. */
function checkShape(document: Document, field: string, options: ParseXmlOptions): void {
  const maxDepth = options.maxDepth ?? XML_LIMITS.maxDepth;
  const maxElements = options.maxElements ?? XML_LIMITS.maxElements;
  let count = 0;
  for (const { depth } of elementsBelow(document)) {
    if (depth > maxDepth) fail(field, 'too_deep', `nests elements deeper than the ${maxDepth} limit`);
    if (++count > maxElements) fail(field, 'too_many_elements', `has more than ${maxElements} elements`);
  }
}
