import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import {
  fromOktaUserNameTemplate,
  oktaUserNameTemplateSchema,
  toOktaUserNameTemplate,
} from '../okta/username-template.js';
import { ATTRIBUTE_NAME_FORMATS, type AttributeNameFormat, AUTHN_CONTEXTS, keyOf, NAME_ID_FORMATS } from './common.js';
import { type SamlConfig, type SamlConfigInput, samlConfigSchema } from './saml.schema.js';
import { samlWirePath, statementPositions } from './wire-path.js';

const urnEnum = <M extends Record<string, string>>(map: M) =>
  z.enum(Object.values(map) as [M[keyof M], ...M[keyof M][]]);

const x5cOne = z
  .array(z.string().check(z.minLength(1)))
  .check(z.length(1, { error: 'must contain exactly one base64 DER certificate' }));

const attributeStatement = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('EXPRESSION'),
    name: z.string(),
    namespace: z.optional(urnEnum(ATTRIBUTE_NAME_FORMATS)),
    values: z.array(z.string()),
  }),
  z.object({
    type: z.literal('GROUP'),
    name: z.string(),
    namespace: z.optional(urnEnum(ATTRIBUTE_NAME_FORMATS)),
    filterType: z.enum(['STARTS_WITH', 'EQUALS', 'CONTAINS', 'REGEX']),
    filterValue: z.string(),
  }),
]);

/** `settings.signOn` of a `SAML_2_0` app (`SamlApplicationSettingsSignOn`), Okta's own rules only. */
export const oktaSamlSignOnSchema = z.object({
  ssoAcsUrl: z.string().check(z.minLength(1)),
  recipient: z.optional(z.string()),
  destination: z.optional(z.string()),
  audience: z.string().check(z.minLength(1)),
  defaultRelayState: z.nullish(z.string()),
  idpIssuer: z.optional(z.string()),
  subjectNameIdTemplate: z.optional(z.string()),
  subjectNameIdFormat: z.optional(urnEnum(NAME_ID_FORMATS)),
  responseSigned: z.boolean(),
  assertionSigned: z.boolean(),
  signatureAlgorithm: z.optional(z.enum(['RSA_SHA256', 'RSA_SHA1'])),
  digestAlgorithm: z.optional(z.enum(['SHA256', 'SHA1'])),
  honorForceAuthn: z.boolean(),
  authnContextClassRef: z.optional(urnEnum(AUTHN_CONTEXTS)),
  requestCompressed: z.boolean(),
  allowMultipleAcsEndpoints: z.boolean(),
  acsEndpoints: z.optional(
    z.array(z.object({ url: z.string().check(z.maxLength(1024)), index: z.int() })).check(z.maxLength(100)),
  ),
  attributeStatements: z.optional(z.array(attributeStatement)),
  slo: z.optional(
    z.object({ enabled: z.boolean(), issuer: z.optional(z.string()), logoutUrl: z.optional(z.string()) }),
  ),
  participateSlo: z.optional(
    z.object({
      enabled: z.boolean(),
      logoutRequestUrl: z.optional(z.string()),
      sessionIndexRequired: z.optional(z.boolean()),
      bindingType: z.optional(z.enum(['POST', 'REDIRECT'])),
    }),
  ),
  spIssuer: z.optional(z.string()),
  samlSignedRequestEnabled: z.optional(z.boolean()),
  spCertificate: z.optional(z.object({ x5c: x5cOne })),
  assertionEncryption: z.optional(
    z.object({
      enabled: z.boolean(),
      encryptionAlgorithm: z.optional(z.enum(['AES128_CBC', 'AES256_CBC', 'AES256_GCM'])),
      keyTransportAlgorithm: z.optional(z.enum(['RSA_OAEP', 'RSA_15'])),
      x5c: z.optional(x5cOne),
    }),
  ),
  samlAssertionLifetimeSeconds: z.optional(z.int()),
});

/** The part of Okta's `SamlApplication` this module reads and writes; other fields are ignored. */
export const oktaSamlAppSchema = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(100)),
  signOnMode: z.literal('SAML_2_0'),
  settings: z.object({ signOn: oktaSamlSignOnSchema }),
  credentials: z.optional(z.object({ userNameTemplate: z.optional(oktaUserNameTemplateSchema) })),
});

/** An Okta `SAML_2_0` application payload (`POST /api/v1/apps`). */
export type OktaSamlApp = z.output<typeof oktaSamlAppSchema>;

/** Maps a validated config to the body of `POST /api/v1/apps` for a custom SAML 2.0 app. */
export function toOktaApp(config: SamlConfig): OktaSamlApp {
  const signOn: OktaSamlApp['settings']['signOn'] = {
    ssoAcsUrl: config.ssoUrl,
    recipient: config.recipient,
    destination: config.destination,
    audience: config.audience,
    ...(config.defaultRelayState === undefined ? {} : { defaultRelayState: config.defaultRelayState }),
    idpIssuer: config.idpIssuer,
    subjectNameIdTemplate: config.nameIdTemplate,
    subjectNameIdFormat: NAME_ID_FORMATS[config.nameIdFormat],
    responseSigned: config.responseSigned,
    assertionSigned: config.assertionSigned,
    signatureAlgorithm: config.signatureAlgorithm,
    digestAlgorithm: config.digestAlgorithm,
    honorForceAuthn: config.honorForceAuthn,
    authnContextClassRef: AUTHN_CONTEXTS[config.authnContextClassRef],
    requestCompressed: config.requestCompressed,
    allowMultipleAcsEndpoints: config.acsEndpoints.length > 0,
    acsEndpoints: config.acsEndpoints.map(({ url, index }) => ({ url, index })),
    attributeStatements: [
      ...config.attributeStatements.map((s) => ({
        type: 'EXPRESSION' as const,
        name: s.name,
        namespace: ATTRIBUTE_NAME_FORMATS[s.nameFormat],
        values: [...s.values],
      })),
      ...config.groupAttributeStatements.map((s) => ({
        type: 'GROUP' as const,
        name: s.name,
        namespace: ATTRIBUTE_NAME_FORMATS[s.nameFormat],
        filterType: s.filterType,
        filterValue: s.filterValue,
      })),
    ],
    ...(config.singleLogout === undefined
      ? {}
      : {
          slo: { enabled: true, issuer: config.singleLogout.spIssuer, logoutUrl: config.singleLogout.logoutUrl },
          spIssuer: config.singleLogout.spIssuer,
        }),
    ...(config.participateSlo === undefined ? {} : { participateSlo: { enabled: true, ...config.participateSlo } }),
    ...(config.signedRequests ? { samlSignedRequestEnabled: true } : {}),
    ...(config.spCertificate === undefined ? {} : { spCertificate: { x5c: [config.spCertificate] } }),
    ...(config.assertionEncryption === undefined
      ? {}
      : {
          assertionEncryption: {
            enabled: true,
            encryptionAlgorithm: config.assertionEncryption.encryptionAlgorithm,
            keyTransportAlgorithm: config.assertionEncryption.keyTransportAlgorithm,
            x5c: [config.assertionEncryption.certificate],
          },
        }),
    ...(config.assertionLifetimeSeconds === undefined
      ? {}
      : { samlAssertionLifetimeSeconds: config.assertionLifetimeSeconds }),
  };
  return {
    label: config.label,
    signOnMode: 'SAML_2_0',
    settings: { signOn },
    credentials: { userNameTemplate: toOktaUserNameTemplate(config.applicationUsername) },
  };
}

const nameFormatOf = (namespace: string | undefined): AttributeNameFormat =>
  keyOf(ATTRIBUTE_NAME_FORMATS, namespace) ?? 'unspecified';

/**
 * Reads an Okta `SAML_2_0` app (as `GET /api/v1/apps/{id}` returns it) back into a config. Throws
 * `ConfigValidationError` for what Okta's rules refuse, naming the payload's fields
 * (`settings.signOn.ssoAcsUrl`); the strict policy is not applied (see `policyWarnings`).
 */
export function fromOktaApp(app: unknown): SamlConfig {
  const { label, settings, credentials } = parseOrThrow(oktaSamlAppSchema, app);
  const s = settings.signOn;
  const input: SamlConfigInput = {
    label,
    ssoUrl: s.ssoAcsUrl,
    ...(s.recipient === undefined ? {} : { recipient: s.recipient }),
    ...(s.destination === undefined ? {} : { destination: s.destination }),
    acsEndpoints: s.acsEndpoints ?? [],
    audience: s.audience,
    ...(s.defaultRelayState == null ? {} : { defaultRelayState: s.defaultRelayState }),
    ...(s.idpIssuer === undefined ? {} : { idpIssuer: s.idpIssuer }),
    nameIdFormat: keyOf(NAME_ID_FORMATS, s.subjectNameIdFormat) ?? 'unspecified',
    ...(s.subjectNameIdTemplate === undefined ? {} : { nameIdTemplate: s.subjectNameIdTemplate }),
    applicationUsername: fromOktaUserNameTemplate(credentials?.userNameTemplate),
    responseSigned: s.responseSigned,
    assertionSigned: s.assertionSigned,
    ...(s.signatureAlgorithm === undefined ? {} : { signatureAlgorithm: s.signatureAlgorithm }),
    ...(s.digestAlgorithm === undefined ? {} : { digestAlgorithm: s.digestAlgorithm }),
    ...(s.assertionEncryption?.enabled === true
      ? {
          assertionEncryption: {
            certificate: s.assertionEncryption.x5c?.[0] ?? '',
            ...(s.assertionEncryption.encryptionAlgorithm === undefined
              ? {}
              : { encryptionAlgorithm: s.assertionEncryption.encryptionAlgorithm }),
            ...(s.assertionEncryption.keyTransportAlgorithm === undefined
              ? {}
              : { keyTransportAlgorithm: s.assertionEncryption.keyTransportAlgorithm }),
          },
        }
      : {}),
    ...(s.samlSignedRequestEnabled === true ? { signedRequests: true } : {}),
    ...(s.spCertificate === undefined ? {} : { spCertificate: s.spCertificate.x5c[0] as string }),
    ...(s.slo?.enabled === true
      ? { singleLogout: { logoutUrl: s.slo.logoutUrl ?? '', spIssuer: s.slo.issuer ?? s.spIssuer ?? '' } }
      : {}),
    ...(s.participateSlo?.enabled === true
      ? {
          participateSlo: {
            logoutRequestUrl: s.participateSlo.logoutRequestUrl ?? '',
            ...(s.participateSlo.sessionIndexRequired === undefined
              ? {}
              : { sessionIndexRequired: s.participateSlo.sessionIndexRequired }),
            ...(s.participateSlo.bindingType === undefined ? {} : { bindingType: s.participateSlo.bindingType }),
          },
        }
      : {}),
    honorForceAuthn: s.honorForceAuthn,
    authnContextClassRef: keyOf(AUTHN_CONTEXTS, s.authnContextClassRef) ?? 'PasswordProtectedTransport',
    requestCompressed: s.requestCompressed,
    ...(s.samlAssertionLifetimeSeconds === undefined
      ? {}
      : { assertionLifetimeSeconds: s.samlAssertionLifetimeSeconds }),
    attributeStatements: (s.attributeStatements ?? []).flatMap((a) =>
      a.type === 'EXPRESSION' ? [{ name: a.name, nameFormat: nameFormatOf(a.namespace), values: a.values }] : [],
    ),
    groupAttributeStatements: (s.attributeStatements ?? []).flatMap((a) =>
      a.type === 'GROUP'
        ? [
            {
              name: a.name,
              nameFormat: nameFormatOf(a.namespace),
              filterType: a.filterType,
              filterValue: a.filterValue,
            },
          ]
        : [],
    ),
  };
  const positions = statementPositions(s.attributeStatements ?? []);
  return parseOrThrow(samlConfigSchema, input, (path) => samlWirePath(path, positions));
}
