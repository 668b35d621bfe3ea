import * as z from 'zod/mini';
import { addRuleIssue } from '../okta/rule-issue.js';
import { secretField } from './secret.js';

/**
 * The provisioning actions an admin can turn on for a SCIM app, in the Admin Console's order.
 * `importNewUsersAndProfileUpdates` is one checkbox in the console (two Okta features).
 */
export const provisioningActions = [
  'importNewUsersAndProfileUpdates',
  'pushNewUsers',
  'pushProfileUpdates',
  'pushGroups',
  'importGroups',
  'pushUserDeactivation',
  'reactivateUsers',
  'syncPassword',
] as const;

/** One provisioning action; see {@link provisioningActions}. */
export type ProvisioningAction = (typeof provisioningActions)[number];

/** Actions that only exist on the console's "To App" page, which needs a push action. */
const toAppOnly: readonly ProvisioningAction[] = ['pushUserDeactivation', 'reactivateUsers', 'syncPassword'];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An https URL, or http on a loopback host; `what` names it in the message. */
const serviceUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be an absolute http(s) URL` }).check(
    z.superRefine((value, ctx) => {
      // zod runs refinements after a failed format check too; the format issue already says it all.
      if (!URL.canParse(value)) return;
      const url = new URL(value);
      if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
        addRuleIssue(ctx, [], 'https_required', `${what} must use https (http only on loopback)`);
      }
    }),
  );

const baseUrl = z.pipe(
  serviceUrl('SCIM base URL').check(
    z.superRefine((value, ctx) => {
      if (!URL.canParse(value)) return;
      const url = new URL(value);
      if (url.search !== '' || value.includes('?')) {
        addRuleIssue(ctx, [], 'no_query', 'SCIM base URL must not have a query string');
      }
      if (url.hash !== '' || value.includes('#')) {
        addRuleIssue(ctx, [], 'no_fragment', 'SCIM base URL must not have a fragment');
      }
      if (url.username !== '' || url.password !== '') {
        addRuleIssue(ctx, [], 'no_userinfo', 'SCIM base URL must not carry credentials; use auth instead');
      }
    }),
  ),
  // One canonical form, so `/scim/v2` and `/scim/v2/` round-trip to the same config.
  z.transform((value) => value.replace(/\/+$/, '')),
);

/**
 * A SCIM attribute path (RFC 7644 §3.5.2): `userName`, `name.givenName`, a value filter such as
 * `emails[type eq "work"].value`, optionally prefixed with a schema URN.
 */
export const SCIM_PATH = /^(urn:[A-Za-z0-9:._-]+:)?[A-Za-z][\w$-]*(\[[^\]]+\])?(\.[A-Za-z][\w$-]*)?$/;

const scimAttribute = z.string().check(z.regex(SCIM_PATH, 'must be a SCIM attribute path such as name.givenName'));

const bearerAuth = z.strictObject({ type: z.literal('bearer'), token: secretField() });

const basicAuth = z.strictObject({
  type: z.literal('basic'),
  // RFC 7617: the user-id of Basic credentials cannot contain a colon.
  username: z.string().check(z.minLength(1), z.maxLength(255), z.regex(/^[^:]*$/, 'must not contain ":" (RFC 7617)')),
  password: secretField(),
});

const oauth2Auth = z.strictObject({
  type: z.literal('oauth2'),
  tokenUrl: serviceUrl('token URL'),
  clientId: z.string().check(z.minLength(1), z.maxLength(255)),
  clientSecret: secretField(),
  scopes: z.optional(
    z.array(
      z.string().check(z.regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'must be an RFC 6749 scope token (no spaces or quotes)')),
    ),
  ),
});

/** How the connector authenticates: the console's HTTP Header, Basic Auth or OAuth 2 modes. */
export const scimAuthSchema = z.discriminatedUnion('type', [bearerAuth, basicAuth, oauth2Auth], {
  error: 'auth.type must be one of bearer, basic, oauth2',
});

/** One attribute mapping between the SCIM resource and the Okta profile. */
export const scimMappingSchema = z.strictObject({
  /** SCIM attribute path on the app side, e.g. `name.givenName`. */
  scimAttribute,
  /** Okta Expression Language on the Okta side, e.g. `user.firstName`. */
  expression: z.string().check(z.trim(), z.minLength(1), z.maxLength(1024)),
  /** SCIM attribute type (RFC 7643 §2.3). @default 'string' */
  type: z._default(z.enum(['string', 'boolean', 'decimal', 'integer', 'dateTime', 'reference']), 'string'),
  /** Whether the attribute must have a value. @default false */
  required: z._default(z.boolean(), false),
  /** `toApp` (push), `toOkta` (import) or `both`. @default 'toApp' */
  direction: z._default(z.enum(['toApp', 'toOkta', 'both']), 'toApp'),
});

/** The SCIM provisioning configuration: Okta's rules, the single source of the config types. */
export const scimConfigSchema = z
  .strictObject({
    /** SCIM connector base URL, e.g. `https://app.example.com/scim/v2`. */
    baseUrl,
    /** Unique identifier field for users (a SCIM attribute). @default 'userName' */
    userIdField: z._default(scimAttribute, 'userName'),
    /** Provisioning actions, kept in the console's order. */
    actions: z.pipe(
      z.array(z.enum(provisioningActions)).check(
        z.minLength(1, 'choose at least one provisioning action'),
        z.superRefine((actions, ctx) => {
          const seen = new Set<string>();
          actions.forEach((action, index) => {
            if (seen.has(action)) {
              addRuleIssue(ctx, [index], 'duplicate_action', `${action} is listed twice`);
            }
            seen.add(action);
          });
          const pushes = actions.includes('pushNewUsers') || actions.includes('pushProfileUpdates');
          for (const action of toAppOnly) {
            if (actions.includes(action) && !pushes) {
              addRuleIssue(
                ctx,
                [actions.indexOf(action)],
                'action_requires_push',
                `${action} needs pushNewUsers or pushProfileUpdates (it lives on the "To App" page)`,
              );
            }
          }
        }),
      ),
      z.transform((actions) => provisioningActions.filter((action) => actions.includes(action))),
    ),
    auth: scimAuthSchema,
    /** Attribute mappings. @default [] */
    mappings: z._default(z.array(scimMappingSchema), []).check(
      z.superRefine((mappings, ctx) => {
        const seen = new Set<string>();
        mappings.forEach((mapping, index) => {
          const key = mapping.scimAttribute.toLowerCase();
          if (seen.has(key)) {
            addRuleIssue(
              ctx,
              [index, 'scimAttribute'],
              'duplicate_mapping',
              `${mapping.scimAttribute} is mapped twice (SCIM attribute names are case-insensitive)`,
            );
          }
          seen.add(key);
        });
      }),
    ),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.userIdField !== 'userName' && !config.mappings.some((m) => m.scimAttribute === config.userIdField)) {
        addRuleIssue(
          ctx,
          ['userIdField'],
          'unmapped_identifier',
          `${config.userIdField} must be one of the mapped SCIM attributes`,
        );
      }
    }),
  );

/** What `scim.define` accepts. */
export type ScimConfigInput = z.input<typeof scimConfigSchema>;
/** A validated SCIM provisioning configuration; secrets are {@link Secret}s. */
export type ScimConfig = z.output<typeof scimConfigSchema>;
/** The `auth` part of {@link ScimConfig}. */
export type ScimAuth = ScimConfig['auth'];
/** One entry of {@link ScimConfig.mappings}. */
export type ScimMapping = z.output<typeof scimMappingSchema>;
