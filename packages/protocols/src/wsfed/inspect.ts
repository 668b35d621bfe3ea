import { checkAssertion, dropUndefined, readBounded } from '../saml/inspect.js';
import { type InspectedResponse, idCounts, type ResponseProblem } from '../saml/inspect-read.js';
import { findSignatures, references, signatureProblems } from '../saml/inspect-signatures.js';
import { childElements, descendants, firstChild, NS, textOf } from '../xml/dom.js';
import { assertionConfig, WSP, WST } from './token.js';
import type { WsfedConfig } from './wsfed.schema.js';

/** Options for {@link inspectSignInResponse}. */
export interface InspectSignInResponseOptions {
  /** The IdP's issuer the assertion must name (Okta: `http://www.okta.com/{key}`); without it, not checked. */
  readonly issuer?: string;
  /** The realm the token must apply to; without it `wsp:AppliesTo` is not checked. */
  readonly realm?: string;
  /** IdP signing certificate (PEM or base64): with it the assertion's signature is verified. */
  readonly idpCertificate?: string;
  /** @default new Date() */
  readonly now?: Date;
  /** Allowed clock difference in seconds. @default 300 */
  readonly clockSkewSeconds?: number;
}

/**
 * Decodes the `wresult` of a WS-Federation passive sign-in (a WS-Trust
 * `RequestSecurityTokenResponse`, XML or base64) and lists its problems against the app: the one
 * SAML assertion in `RequestedSecurityToken` is checked as a SAML response's assertion would be
 * (audience, recipient = reply URL, issuer, NameID format, validity, its signature, wrapping), and
 * `AppliesTo` against the realm. The envelope is never signed, so `response` holds no fields.
 * Within the SAML inspector's limits; throws `ConfigValidationError` (field `wresult`) only when
 * the input is not XML or is over them. Node-only when `idpCertificate` is given.
 */
export async function inspectSignInResponse(
  wresult: string,
  config: WsfedConfig,
  options: InspectSignInResponseOptions = {},
): Promise<InspectedResponse> {
  const { xml, document, allSignatures } = await readBounded(wresult, 'wresult');
  const saml = assertionConfig(config, options.issuer);
  const problems: ResponseProblem[] = [];
  const problem = (code: string, message: string) => problems.push({ code, message });
  const root = document.documentElement;
  if (root.namespaceURI !== WST || root.localName !== 'RequestSecurityTokenResponse') {
    problem('not_a_token_response', `the root element is ${root.tagName}, not wst:RequestSecurityTokenResponse`);
  }
  const appliesTo = firstChild(root, WSP, 'AppliesTo');
  const reference = appliesTo === undefined ? undefined : firstChild(appliesTo, NS.wsa, 'EndpointReference');
  const realm = textOf(reference === undefined ? undefined : firstChild(reference, NS.wsa, 'Address'));
  if (options.realm !== undefined && realm !== options.realm) {
    problem('wrong_realm', `AppliesTo is ${realm ?? '(missing)'}, expected the realm ${options.realm}`);
  }

  const allAssertions = descendants(document, NS.saml, 'Assertion');
  const tokens = childElements(root, WST, 'RequestedSecurityToken');
  const direct = tokens.flatMap((token) => childElements(token, NS.saml, 'Assertion'));
  if (allAssertions.length > 1 || tokens.length > 1) {
    problem(
      'wrapped',
      `the document holds ${allAssertions.length} assertions in ${tokens.length} RequestedSecurityToken; exactly one is allowed (signature wrapping)`,
    );
  }
  for (const [id, count] of idCounts(document)) {
    if (count > 1) problem('duplicate_id', `ID ${id} appears ${count} times (signature wrapping)`);
  }
  const assertionElement = direct[0];
  if (assertionElement === undefined) problem('no_assertion', 'RequestedSecurityToken holds no saml:Assertion');

  const signatures = findSignatures(allSignatures, root, assertionElement);
  for (const [code, message] of signatureProblems(signatures, { response: root, assertion: assertionElement }, saml))
    problem(code, message);
  const signed = signatures.some((s) => s.counts && s.info.on === 'assertion' && references(s.info, assertionElement));
  if (assertionElement !== undefined && !signed) problem('assertion_unsigned', 'the Assertion is not signed');

  const { assertion, signatureInfos } = await checkAssertion(xml, assertionElement, signatures, {
    config: saml,
    issuer: options.issuer,
    options,
    problem,
  });
  return {
    xml,
    response: { status: {} },
    encryptedAssertion: false,
    ...(assertion === undefined ? {} : { assertion: dropUndefined(assertion) }),
    signatures: signatureInfos,
    problems,
  };
}
