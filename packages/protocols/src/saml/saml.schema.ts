// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${user.email}`-style strings are Okta expression syntax, not JS templates.
import * as z from 'zod/mini';
import { applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME } from '../okta/username-template.js';
import { absoluteUrl, attributeNameFormat, authnContext, certificateField, nameIdFormat } from './common.js';
import { regexProblem } from './regex.js';

const attributeName = z.string().check(z.trim(), z.minLength(1), z.maxLength(1024));

/** Admin Console "Attribute Statements": a name, a name format and Okta expressions or literals. */
export const samlAttributeStatementSchema = z.strictObject({
  name: attributeName,
  nameFormat: z._default(attributeNameFormat, 'unspecified'),
  values: z.array(z.string().check(z.minLength(1), z.maxLength(1024))).check(z.minLength(1)),
});

/** Admin Console "Group Attribute Statements": groups whose name matches the filter. */
export const samlGroupAttributeStatementSchema = z
  .strictObject({
    name: attributeName,
    nameFormat: z._default(attributeNameFormat, 'unspecified'),
    filterType: z.enum(['STARTS_WITH', 'EQUALS', 'CONTAINS', 'REGEX']),
    filterValue: z.string().check(z.minLength(1), z.maxLength(1024)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.filterType !== 'REGEX') return;
      const problem = regexProblem(value.filterValue);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['filterValue'], message: problem });
    }),
  );

/** The friendly SAML 2.0 app config; `saml.define` validates it and Okta payloads map from it. */
export const samlConfigSchema = z.pipe(
  z
    .strictObject({
      /** Application label (1–100 characters). */
      label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
      /** "Single sign-on URL": the default ACS, always used for IdP-initiated sign-in. */
      ssoUrl: absoluteUrl,
      /** "Recipient URL"; omit to "use this for Recipient URL and Destination URL". */
      recipient: z.optional(absoluteUrl),
      /** "Destination URL"; defaults to `ssoUrl`. */
      destination: z.optional(absoluteUrl),
      /** "Other Requestable SSO URLs", each with its index (0–65535, unique), at most 100. */
      acsEndpoints: z._default(
        z
          .array(z.strictObject({ url: absoluteUrl, index: z.int().check(z.minimum(0), z.maximum(65535)) }))
          .check(z.maxLength(100)),
        [],
      ),
      /** "Audience URI (SP Entity ID)", verbatim from the SP. */
      audience: z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)),
      /** "Default RelayState" for IdP-initiated sign-in. */
      defaultRelayState: z.optional(z.string().check(z.maxLength(1024))),
      /** Issuer Okta puts in responses. @default 'http://www.okta.com/${org.externalKey}' */
      idpIssuer: z._default(
        z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)),
        'http://www.okta.com/${org.externalKey}',
      ),
      /** "Name ID format". */
      nameIdFormat: z._default(nameIdFormat, 'unspecified'),
      /** Expression for the NameID value. */
      nameIdTemplate: z._default(z.string().check(z.minLength(1), z.maxLength(1024)), '${user.userName}'),
      /** "Application username" and "Update application username on". */
      applicationUsername: z._default(applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME),
      /** "Response" signed. At least one of `responseSigned` and `assertionSigned` must be true. */
      responseSigned: z._default(z.boolean(), true),
      /** "Assertion Signature" signed. */
      assertionSigned: z._default(z.boolean(), true),
      /** "Signature Algorithm"; RSA_SHA1 only under `{ policy: 'okta' }`. */
      signatureAlgorithm: z._default(z.enum(['RSA_SHA256', 'RSA_SHA1']), 'RSA_SHA256'),
      /** "Digest Algorithm"; SHA1 only under `{ policy: 'okta' }`. */
      digestAlgorithm: z._default(z.enum(['SHA256', 'SHA1']), 'SHA256'),
      /** "Assertion Encryption": present means encrypted. */
      assertionEncryption: z.optional(
        z.strictObject({
          certificate: certificateField,
          encryptionAlgorithm: z._default(z.enum(['AES128_CBC', 'AES256_CBC', 'AES256_GCM']), 'AES256_GCM'),
          keyTransportAlgorithm: z._default(z.enum(['RSA_OAEP', 'RSA_15']), 'RSA_OAEP'),
        }),
      ),
      /**
       * "Signed Requests" (Okta's `samlSignedRequestEnabled`): AuthnRequests must carry a signature
       * that verifies with `spCertificate`; a signed request may then name any ACS URL.
       */
      signedRequests: z._default(z.boolean(), false),
      /** "Signature Certificate" of the SP, required for single logout and signed requests. */
      spCertificate: z.optional(certificateField),
      /** "Enable Single Logout": where Okta sends the logout response and the SP's issuer. */
      singleLogout: z.optional(
        z.strictObject({
          logoutUrl: absoluteUrl,
          spIssuer: z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)),
        }),
      ),
      /** "Allow application to initiate Single Logout" / participate in Okta-initiated logout. */
      participateSlo: z.optional(
        z.strictObject({
          logoutRequestUrl: absoluteUrl,
          sessionIndexRequired: z._default(z.boolean(), false),
          bindingType: z._default(z.enum(['POST', 'REDIRECT']), 'POST'),
        }),
      ),
      /** "Honor Force Authentication". */
      honorForceAuthn: z._default(z.boolean(), true),
      /** "Authentication context class". */
      authnContextClassRef: z._default(authnContext, 'PasswordProtectedTransport'),
      /** Whether AuthnRequests arrive compressed. */
      requestCompressed: z._default(z.boolean(), false),
      /** "Assertion lifetime" in seconds. */
      assertionLifetimeSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(86_400))),
      attributeStatements: z._default(z.array(samlAttributeStatementSchema), []),
      groupAttributeStatements: z._default(z.array(samlGroupAttributeStatementSchema), []),
    })
    .check(
      z.superRefine((config, ctx) => {
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
          ctx.addIssue({
            code: 'custom',
            path: ['spCertificate'],
            message: 'is required when single logout is enabled',
          });
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
        for (const [i, s] of config.groupAttributeStatements.entries())
          checkName('groupAttributeStatements', s.name, i);
      }),
    ),
  z.transform(({ recipient, destination, ...config }) => ({
    ...config,
    recipient: recipient ?? config.ssoUrl,
    destination: destination ?? config.ssoUrl,
  })),
);

/** Input accepted by `saml.define` (defaults optional). */
export type SamlConfigInput = z.input<typeof samlConfigSchema>;
/** A validated SAML app config, as `saml.define` returns it. */
export type SamlConfig = z.output<typeof samlConfigSchema>;
