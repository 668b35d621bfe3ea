/**
 * A SAML or WS-Fed request the sandbox IdP refuses: the field at fault and the rule it broke, shown
 * on the error page and recorded in the System Log. Never carries the request's content.
 */
export class SamlRequestError extends Error {
  readonly field: string;
  readonly rule: string;
  constructor(field: string, rule: string) {
    super(`${field}: ${rule}`);
    this.name = 'SamlRequestError';
    this.field = field;
    this.rule = rule;
  }
}
