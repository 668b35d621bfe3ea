import { IntegrakitError } from '../errors.js';

/** One reason a catalog was refused. */
export interface CatalogIssue {
  /** The entry's key when it has a readable one, else `#<index>`; empty for file-level problems. */
  entry: string;
  /** Field path inside the entry (or file), e.g. `['functionality', 'signOn', 0]`. */
  path: (string | number)[];
  code: string;
  message: string;
}

function describe(issue: CatalogIssue): string {
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
  const where = issue.entry === '' ? path.replace(/^\./, '') : `${issue.entry}${path}`;
  return `${where || '(root)'}: ${issue.message}`;
}

/** `ERR_INVALID_CATALOG` with every issue found; the message names the entry key and field path of each. */
export class CatalogValidationError extends IntegrakitError {
  override name = 'CatalogValidationError';
  readonly issues: CatalogIssue[];

  constructor(issues: CatalogIssue[], options?: { cause?: unknown }) {
    const shown = issues.slice(0, 5).map(describe);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super('ERR_INVALID_CATALOG', `invalid catalog: ${shown.join('; ')}${more}`, options);
    this.issues = issues;
  }
}
