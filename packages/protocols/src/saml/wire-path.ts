import type { ConfigIssue } from '../errors.js';

type Path = ConfigIssue['path'];

const SIGN_ON = ['settings', 'signOn'] as const;

// Config fields whose Okta name differs (everything else under `settings.signOn` keeps its name).
const RENAMED: Readonly<Record<string, Path>> = {
  ssoUrl: ['ssoAcsUrl'],
  nameIdFormat: ['subjectNameIdFormat'],
  nameIdTemplate: ['subjectNameIdTemplate'],
  signedRequests: ['samlSignedRequestEnabled'],
  spCertificate: ['spCertificate'],
  assertionLifetimeSeconds: ['samlAssertionLifetimeSeconds'],
};

const NESTED: Readonly<Record<string, Readonly<Record<string, Path>>>> = {
  assertionEncryption: { certificate: ['assertionEncryption', 'x5c', 0] },
  singleLogout: { logoutUrl: ['slo', 'logoutUrl'], spIssuer: ['slo', 'issuer'] },
};

/**
 * Where each config statement came from in Okta's single `attributeStatements` list, which holds
 * expression and group statements together.
 */
export interface StatementPositions {
  readonly attributeStatements: readonly number[];
  readonly groupAttributeStatements: readonly number[];
}

/** Positions of the expression and group statements in an Okta `attributeStatements` list. */
export function statementPositions(statements: readonly { readonly type: string }[]): StatementPositions {
  const of = (type: string) => statements.flatMap((statement, index) => (statement.type === type ? [index] : []));
  return { attributeStatements: of('EXPRESSION'), groupAttributeStatements: of('GROUP') };
}

/**
 * A SAML config path (`['ssoUrl']`) as the path of the Okta payload field it was read from
 * (`['settings', 'signOn', 'ssoAcsUrl']`), so a refusal names what the caller sent.
 */
export function samlWirePath(path: Path, positions: StatementPositions): Path {
  const [field, ...rest] = path;
  if (typeof field !== 'string' || field === 'label') return path;
  if (field === 'applicationUsername') return ['credentials', 'userNameTemplate'];
  if (field === 'attributeStatements' || field === 'groupAttributeStatements') {
    const [index, key, ...tail] = rest;
    const wire = typeof index === 'number' ? positions[field][index] : undefined;
    if (wire === undefined) return [...SIGN_ON, 'attributeStatements'];
    const wireKey = key === 'nameFormat' ? 'namespace' : key;
    return [...SIGN_ON, 'attributeStatements', wire, ...(wireKey === undefined ? [] : [wireKey]), ...tail];
  }
  const [key, ...tail] = rest;
  const nested = typeof key === 'string' && Object.hasOwn(NESTED, field) ? NESTED[field]?.[key] : undefined;
  if (nested !== undefined) return [...SIGN_ON, ...nested, ...tail];
  const renamed = Object.hasOwn(RENAMED, field) ? RENAMED[field] : undefined;
  return [...SIGN_ON, ...(renamed ?? [field]), ...rest];
}
