import * as z from 'zod/mini';
import { applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME } from '../okta/username-template.js';
import { absoluteUrl, attributeNameFormat, authnContext, nameIdFormat } from '../saml/common.js';
import { regexProblem } from '../saml/regex.js';
import { xmlSafeString } from '../xml/xml-text.js';

// `|` and `,` delimit Okta's attribute statement string, so they cannot appear inside an item.
const statementPart = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(1024),
  z.refine((value) => !/[|,]/.test(value), { error: "must not contain | or , (they delimit Okta's statement string)" }),
);

/** One "Custom Attribute Statement": a claim name, a literal or Okta expression, an optional name format. */
export const wsfedAttributeStatementSchema = z.strictObject({
  name: statementPart,
  value: statementPart,
  nameFormat: z.optional(attributeNameFormat),
});
/** A validated WS-Fed attribute statement. */
export type WsfedAttributeStatement = z.output<typeof wsfedAttributeStatementSchema>;

/** The friendly WS-Federation app config; `wsfed.define` validates it. */
export const wsfedConfigSchema = z
  .strictObject({
    /** Application label (1–100 characters). */
    label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    /** "Realm": the `wtrealm` the RP sends; omit to let Okta generate `urn:okta:app:…`. */
    realm: z.optional(z.pipe(xmlSafeString, z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)))),
    /** "ReplyTo URL" (`wReplyURL`): where Okta posts the token. */
    replyUrl: absoluteUrl,
    /** "Allow ReplyTo Override" (`wReplyOverride`). */
    allowReplyUrlOverride: z._default(z.boolean(), false),
    /** "Site URL": the app's launch URL. */
    siteUrl: absoluteUrl,
    /** "Name ID Format". */
    nameIdFormat,
    /** "Audience Restriction": the RP's entity ID. */
    audienceRestriction: z.pipe(xmlSafeString, z.string().check(z.trim(), z.minLength(1), z.maxLength(1024))),
    /** "Authentication Context Class". */
    authnContextClassRef: authnContext,
    /** "Group Filter": a regular expression selecting the groups sent as `groupName`. */
    groupFilter: z.optional(
      z.string().check(
        z.minLength(1),
        z.superRefine((value, ctx) => {
          const problem = regexProblem(value);
          if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
        }),
      ),
    ),
    /** "Group Attribute Name": the claim that carries the filtered groups. */
    groupName: z.optional(z.pipe(xmlSafeString, z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)))),
    /** "Group Attribute Value" format (AD groups only). */
    groupValueFormat: z.enum(['windowsDomainQualifiedName', 'samAccountName', 'dn']),
    /** "Custom Attribute Statements". */
    attributeStatements: z._default(z.array(wsfedAttributeStatementSchema), []),
    /** "Username Attribute Statements": extra username claims. */
    usernameAttribute: z.enum(['username', 'upn', 'upnAndUsername', 'none']),
    /** "Application username format" and "Update application username on". */
    applicationUsername: z._default(applicationUsernameSchema, DEFAULT_APPLICATION_USERNAME),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.groupFilter !== undefined && config.groupName === undefined) {
        ctx.addIssue({ code: 'custom', path: ['groupName'], message: 'is required when groupFilter is set' });
      }
      if (config.groupName !== undefined && config.groupFilter === undefined) {
        ctx.addIssue({ code: 'custom', path: ['groupFilter'], message: 'is required when groupName is set' });
      }
      const seen = new Set<string>();
      config.attributeStatements.forEach((statement, i) => {
        if (seen.has(statement.name) || statement.name === config.groupName) {
          ctx.addIssue({
            code: 'custom',
            path: ['attributeStatements', i, 'name'],
            message: 'must be unique (also against groupName)',
          });
        }
        seen.add(statement.name);
      });
    }),
  );

/** Input accepted by `wsfed.define`. */
export type WsfedConfigInput = z.input<typeof wsfedConfigSchema>;
/** A validated WS-Federation app config. */
export type WsfedConfig = z.output<typeof wsfedConfigSchema>;
