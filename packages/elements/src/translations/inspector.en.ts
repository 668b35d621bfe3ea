import type { Translation } from './en.js';

/** English strings of `<ik-inspector>`; a registered dictionary may carry them too (`fr` does). */
export const inspectorEn = {
  inspectorValue: 'Token or SAML response',
  inspectorValueHint:
    'Paste an ID token, an access token, or a SAML response (XML, base64, or a deflated redirect-binding message). It is decoded in this page and never sent anywhere.',
  inspectorIntegration: 'Integration',
  inspectorIntegrationHint: 'The app it is meant for: its settings are what the value is checked against.',
  inspectorNoIntegration: 'None',
  inspectorInspecting: 'Inspecting…',
  inspectorFailed: 'The value could not be inspected.',
  inspectorKinds: {
    id: 'ID token',
    access: 'Access token',
    saml: 'SAML response',
    unknown: 'Not recognised',
  } as Readonly<Record<string, string>>,
  inspectorEncodings: {
    jwt: 'compact JWT',
    xml: 'XML',
    base64: 'base64 (HTTP-POST binding)',
    redirect: 'deflated (HTTP-Redirect binding)',
  } as Readonly<Record<string, string>>,
  inspectorSummary: (kind: string, errors: number, warnings: number) =>
    `${kind}: ${errors === 1 ? '1 error' : `${errors} errors`}, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}`,
  inspectorProblems: 'Problems',
  inspectorNoProblems: 'No problems found.',
  inspectorSeverity: { error: 'Error', warning: 'Warning', info: 'Note' } as Readonly<Record<string, string>>,
  inspectorField: 'Field or setting',
  inspectorMessage: 'Problem',
  inspectorHeader: 'Header',
  inspectorClaims: 'Claims',
  inspectorClaim: 'Claim',
  inspectorValueColumn: 'Value',
  inspectorTimes: 'Times',
  inspectorTimeNames: {
    issuedAt: 'Issued at',
    notBefore: 'Not before',
    expiresAt: 'Expires at',
    authTime: 'Authenticated at',
  } as Readonly<Record<string, string>>,
  inspectorResponse: 'Response',
  inspectorAssertion: 'Assertion',
  inspectorIssuer: 'Issuer',
  inspectorDestination: 'Destination',
  inspectorStatus: 'Status',
  inspectorSubject: 'Subject (NameID)',
  inspectorNameIdFormat: 'NameID format',
  inspectorRecipient: 'Recipient',
  inspectorAudience: 'Audience',
  inspectorConditions: 'Conditions',
  inspectorValidity: (from: string, until: string) => `Valid from ${from} until ${until}`,
  inspectorAuthn: 'Authentication',
  inspectorAttributes: 'Attributes',
  inspectorAttribute: 'Attribute',
  inspectorNoAttributes: 'No attributes.',
  inspectorEncrypted: 'The assertion is encrypted; only its envelope can be shown.',
  inspectorSignatures: 'Signatures',
  inspectorNoSignatures: 'The response carries no signature.',
  inspectorSignedElement: {
    response: 'the Response',
    assertion: 'the Assertion',
    other: 'another element',
  } as Readonly<Record<string, string>>,
  inspectorSignature: (on: string, reference: string) => `On ${on}, covering ${reference || '(no reference)'}`,
  inspectorAlgorithms: (signature: string, digest: string) => `Signature ${signature}, digest ${digest}`,
  inspectorVerified: { true: 'Verified', false: 'Invalid', unknown: 'Not verified' } as Readonly<
    Record<string, string>
  >,
  inspectorXml: 'Decoded XML',
  inspectorMissing: '(missing)',
};

/** The inspector strings of a dictionary. */
export type InspectorTranslation = typeof inspectorEn;
/** What `<ik-inspector>` reads. */
export type InspectorTerms = Translation & InspectorTranslation;

const merged = new WeakMap<Translation, InspectorTerms>();

/** `dictionary` with English inspector strings wherever it has none (computed once per dictionary). */
export function withInspectorTerms(dictionary: Translation & Partial<InspectorTranslation>): InspectorTerms {
  let terms = merged.get(dictionary);
  if (terms === undefined) {
    terms = { ...inspectorEn, ...dictionary };
    merged.set(dictionary, terms);
  }
  return terms;
}
