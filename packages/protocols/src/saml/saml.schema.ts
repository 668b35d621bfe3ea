// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import * as z from 'zod';
import { applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME } from '../okta/username-template.js';
import { absoluteUrl, attributeNameFormat, authnContext, certificateField, nameIdFormat } from './common.js';
import { regexProblem } from './regex.js';

const attributeName = z.string().trim().min(1).max(1024);

/** Admin Console "Attribute Statements": a name, a name format and Okta expressions or literals. */
export const samlAttributeStatementSchema = z.strictObject({
  name: attributeName,
  nameFormat: attributeNameFormat.default('unspecified'),
  values: z.array(z.string().min(1).max(1024)).min(1),
});

/** Admin Console "Group Attribute Statements": groups whose name matches the filter. */
export const samlGroupAttributeStatementSchema = z
  .strictObject({
    name: attributeName,
    nameFormat: attributeNameFormat.default('unspecified'),
    filterType: z.enum(['STARTS_WITH', 'EQUALS', 'CONTAINS', 'REGEX']),
    filterValue: z.string().min(1).max(1024),
  })
  .superRefine((value, ctx) => {
    if (value.filterType !== 'REGEX') return;
    const problem = regexProblem(value.filterValue);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['filterValue'], message: problem });
  });

/** The friendly SAML 2.0 app config; `saml.define` validates it and Okta payloads map from it. */
export const samlConfigSchema = z
  .strictObject({
    /** Application label (1–100 characters). */
    label: z.string().trim().min(1).max(100),
    /** "Single sign-on URL": the default ACS, always used for IdP-initiated sign-in. */
    ssoUrl: absoluteUrl,
    /** "Recipient URL"; omit to "use this for Recipient URL and Destination URL". */
    recipient: absoluteUrl.optional(),
    /** "Destination URL"; defaults to `ssoUrl`. */
    destination: absoluteUrl.optional(),
    /** "Other Requestable SSO URLs", each with its index (0–65535, unique), at most 100. */
    acsEndpoints: z
      .array(z.strictObject({ url: absoluteUrl, index: z.int().min(0).max(65535) }))
      .max(100)
      .default([]),
    /** "Audience URI (SP Entity ID)", verbatim from the SP. */
    audience: z.string().trim().min(1).max(1024),
    /** "Default RelayState" for IdP-initiated sign-in. */
    defaultRelayState: z.string().max(1024).optional(),
    /** Issuer Okta puts in responses. @default 'http://www.okta.com/${org.externalKey}' */
    idpIssuer: z.string().trim().min(1).max(1024).default('http://www.okta.com/${org.externalKey}'),
    /** "Name ID format". */
    nameIdFormat: nameIdFormat.default('unspecified'),
    /** Expression for the NameID value. */
    nameIdTemplate: z.string().min(1).max(1024).default('${user.userName}'),
    /** "Application username" and "Update application username on". */
    applicationUsername: z._default(applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME),
    /** "Response" signed. At least one of `responseSigned` and `assertionSigned` must be true. */
    responseSigned: z.boolean().default(true),
    /** "Assertion Signature" signed. */
    assertionSigned: z.boolean().default(true),
    /** "Signature Algorithm"; RSA_SHA1 only under `{ policy: 'okta' }`. */
    signatureAlgorithm: z.enum(['RSA_SHA256', 'RSA_SHA1']).default('RSA_SHA256'),
    /** "Digest Algorithm"; SHA1 only under `{ policy: 'okta' }`. */
    digestAlgorithm: z.enum(['SHA256', 'SHA1']).default('SHA256'),
    /** "Assertion Encryption": present means encrypted. */
    assertionEncryption: z
      .strictObject({
        certificate: certificateField,
        encryptionAlgorithm: z.enum(['AES128_CBC', 'AES256_CBC', 'AES256_GCM']).default('AES256_GCM'),
        keyTransportAlgorithm: z.enum(['RSA_OAEP', 'RSA_15']).default('RSA_OAEP'),
      })
      .optional(),
    /**
     * "Signed Requests" (Okta's `samlSignedRequestEnabled`): AuthnRequests must carry a signature
     * that verifies with `spCertificate`; a signed request may then name any ACS URL.
     */
    signedRequests: z.boolean().default(false),
    /** "Signature Certificate" of the SP, required for single logout and signed requests. */
    spCertificate: certificateField.optional(),
    /** "Enable Single Logout": where Okta sends the logout response and the SP's issuer. */
    singleLogout: z.strictObject({ logoutUrl: absoluteUrl, spIssuer: z.string().trim().min(1).max(1024) }).optional(),
    /** "Allow application to initiate Single Logout" / participate in Okta-initiated logout. */
    participateSlo: z
      .strictObject({
        logoutRequestUrl: absoluteUrl,
        sessionIndexRequired: z.boolean().default(false),
        bindingType: z.enum(['POST', 'REDIRECT']).default('POST'),
      })
      .optional(),
    /** "Honor Force Authentication". */
    honorForceAuthn: z.boolean().default(true),
    /** "Authentication context class". */
    authnContextClassRef: authnContext.default('PasswordProtectedTransport'),
    /** Whether AuthnRequests arrive compressed. */
    requestCompressed: z.boolean().default(false),
    /** "Assertion lifetime" in seconds. */
    assertionLifetimeSeconds: z.int().min(60).max(86_400).optional(),
    attributeStatements: z.array(samlAttributeStatementSchema).default([]),
    groupAttributeStatements: z.array(samlGroupAttributeStatementSchema).default([]),
  })
  .superRefine((config, ctx) => {
    if (!config.responseSigned && !config.assertionSigned) {
      ctx.addIssue({
        code: 'custom',
        path: ['responseSigned'],
        message: 'at least one of responseSigned and assertionSigned must be true',
      });
    }
    if (
      (config.singleLogout !== undefined || config.participateSlo !== undefined) &&
      config.spCertificate === undefined
    ) {
      ctx.addIssue({ code: 'custom', path: ['spCertificate'], message: 'is required when single logout is enabled' });
    }
    if (config.signedRequests && config.spCertificate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['spCertificate'],
        message: 'is required when signed requests are enabled',
      });
    }
    const seenIndexes = new Set<number>();
    config.acsEndpoints.forEach((endpoint, i) => {
      if (seenIndexes.has(endpoint.index)) {
        ctx.addIssue({
          code: 'custom',
          path: ['acsEndpoints', i, 'index'],
          message: `index ${endpoint.index} is used twice`,
        });
      }
      seenIndexes.add(endpoint.index);
    });
    const seenNames = new Set<string>();
    const checkName = (list: 'attributeStatements' | 'groupAttributeStatements', name: string, i: number) => {
      if (seenNames.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [list, i, 'name'],
          message: 'must be unique across attribute and group statements',
        });
      }
      seenNames.add(name);
    };
    for (const [i, s] of config.attributeStatements.entries()) checkName('attributeStatements', s.name, i);
    for (const [i, s] of config.groupAttributeStatements.entries()) checkName('groupAttributeStatements', s.name, i);
  })
  .transform(({ recipient, destination, ...config }) => ({
    ...config,
    recipient: recipient ?? config.ssoUrl,
    destination: destination ?? config.ssoUrl,
  }));

/** Input accepted by `saml.define` (defaults optional). */
export type SamlConfigInput = z.input<typeof samlConfigSchema>;
/** A validated SAML app config, as `saml.define` returns it. */
export type SamlConfig = z.output<typeof samlConfigSchema>;
