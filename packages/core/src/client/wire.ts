import * as z from 'zod/mini';

// Okta's JSON shapes for the endpoints the client calls. Responses are parsed with loose objects:
// the fields the client relies on are checked, everything else Okta adds passes through untouched.
// Request schemas are strict enough for a server to validate bodies with them.

const id = z.string().check(z.minLength(1), z.maxLength(255));
const dateTime = z.string().check(z.minLength(1));
const links = z.record(z.string(), z.unknown());
const profile = z.record(z.string(), z.unknown());

/** An app as `GET /api/v1/apps/{appId}` returns it (`Application`); sign-on specifics stay untyped. */
export const OktaAppSchema = z.looseObject({
  id,
  label: z.string(),
  name: z.optional(z.string()),
  status: z.enum(['ACTIVE', 'INACTIVE', 'DELETED']),
  signOnMode: z.string(),
  created: dateTime,
  lastUpdated: dateTime,
  settings: z.optional(z.record(z.string(), z.unknown())),
  credentials: z.optional(z.record(z.string(), z.unknown())),
  _links: z.optional(links),
});

/** An OIDC app as Okta returns it: the client id is always set, the secret only for secret-based auth. */
export const OidcOktaAppSchema = z.extend(OktaAppSchema, {
  signOnMode: z.literal('OPENID_CONNECT'),
  credentials: z.looseObject({
    oauthClient: z.looseObject({
      client_id: z.string().check(z.minLength(1)),
      client_secret: z.optional(z.string()),
      token_endpoint_auth_method: z.optional(z.string()),
    }),
  }),
});

/** A SAML 2.0 app as Okta returns it: the signing key id and the username template. */
export const SamlOktaAppSchema = z.extend(OktaAppSchema, {
  signOnMode: z.literal('SAML_2_0'),
  credentials: z.optional(
    z.looseObject({
      signing: z.optional(z.looseObject({ kid: z.optional(z.string()) })),
      userNameTemplate: z.optional(z.looseObject({ template: z.optional(z.string()), type: z.optional(z.string()) })),
    }),
  ),
});

/** The response schema per request `signOnMode`; other modes read as {@link OktaAppSchema}. */
const oktaAppSchemas = { OPENID_CONNECT: OidcOktaAppSchema, SAML_2_0: SamlOktaAppSchema } as const;

/** The app Okta returns for a request whose `signOnMode` is `Mode`. */
export type OktaAppFor<Mode> = Mode extends keyof typeof oktaAppSchemas
  ? z.output<(typeof oktaAppSchemas)[Mode]>
  : OktaApp;

/** The schema a response to a request with `signOnMode` is read with. */
export function oktaAppSchemaFor(signOnMode: string): z.ZodMiniType<OktaApp> {
  return Object.hasOwn(oktaAppSchemas, signOnMode)
    ? oktaAppSchemas[signOnMode as keyof typeof oktaAppSchemas]
    : OktaAppSchema;
}

/** A `POST`/`PUT /api/v1/apps` body, as a protocol module's `toOktaApp` returns it. */
export const OktaAppRequestSchema = z.looseObject({
  label: z.string(),
  signOnMode: z.string(),
});

/** An app's signing key credential (`JsonWebKey` of `/api/v1/apps/{appId}/credentials/keys`): public parts only. */
export const AppSigningKeySchema = z.looseObject({
  kid: id,
  kty: z.string(),
  use: z.optional(z.string()),
  /** The certificate chain, leaf first, as bare base64 DER. */
  x5c: z.array(z.string().check(z.minLength(1), z.maxLength(16_384))).check(z.minLength(1), z.maxLength(10)),
  'x5t#S256': z.optional(z.string()),
  created: dateTime,
  lastUpdated: dateTime,
  expiresAt: dateTime,
});

/** The `_links` entry Okta gives a SAML app: where its IdP metadata is. */
export const MetadataLinkSchema = z.looseObject({
  _links: z.looseObject({ metadata: z.looseObject({ href: z.url({ protocol: /^https?$/ }) }) }),
});

/** Body of `POST /api/v1/apps/{appId}/users` (`AppUserAssignRequest`). */
export const AppUserAssignRequestSchema = z.object({
  id,
  scope: z.optional(z.enum(['USER', 'GROUP'])),
  credentials: z.optional(
    z.object({
      userName: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
      password: z.optional(z.object({ value: z.optional(z.string().check(z.maxLength(1024))) })),
    }),
  ),
  profile: z.optional(profile),
});

/** Body of `POST /api/v1/apps/{appId}/users/{userId}` (`AppUserUpdateRequest`): credentials or profile. */
export const AppUserUpdateRequestSchema = z.omit(AppUserAssignRequestSchema, { id: true, scope: true });

/** An app user (`AppUser`): `scope` says whether the assignment is direct or through a group. */
export const AppUserSchema = z.looseObject({
  id,
  scope: z.enum(['USER', 'GROUP']),
  status: z.string(),
  syncState: z.optional(z.string()),
  credentials: z.optional(z.looseObject({ userName: z.optional(z.string()) })),
  profile,
  created: dateTime,
  lastUpdated: dateTime,
  _links: z.optional(links),
});

/** Body of `PUT /api/v1/apps/{appId}/groups/{groupId}`. */
export const GroupAssignmentRequestSchema = z.object({
  /** 0 is the highest priority; omitted appends the group after the others. */
  priority: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
  profile: z.optional(profile),
});

/** An app group assignment (`ApplicationGroupAssignment`). */
export const GroupAssignmentSchema = z.looseObject({
  id,
  priority: z.int(),
  profile,
  lastUpdated: dateTime,
  _links: z.optional(links),
});

/** Body of `POST /api/v1/apps/{appId}/grants` (`OAuth2ScopeConsentGrant` request). */
export const GrantRequestSchema = z.object({
  issuer: z.url({ protocol: /^https?$/ }).check(z.maxLength(1024)),
  scopeId: z.string().check(z.minLength(1), z.maxLength(255)),
});

/** A scope grant (`OAuth2ScopeConsentGrant`). */
export const GrantSchema = z.looseObject({
  id,
  issuer: z.string(),
  scopeId: z.string(),
  clientId: z.optional(z.string()),
  source: z.optional(z.enum(['ADMIN', 'END_USER'])),
  status: z.enum(['ACTIVE', 'REVOKED']),
  created: dateTime,
  lastUpdated: dateTime,
  _links: z.optional(links),
});

/** The profile fields of `POST /api/v1/users` (`CreateUserRequest`); other attributes pass through. */
export const UserProfileSchema = z.looseObject({
  login: z.string().check(z.minLength(5), z.maxLength(100)),
  email: z.email().check(z.maxLength(100)),
  firstName: z.string().check(z.minLength(1), z.maxLength(50)),
  lastName: z.string().check(z.minLength(1), z.maxLength(50)),
});

/** Body of `POST /api/v1/users`: the profile and, optionally, a password (`credentials.password.value`). */
export const CreateUserRequestSchema = z.object({
  profile: UserProfileSchema,
  credentials: z.optional(
    z.object({ password: z.object({ value: z.string().check(z.minLength(1), z.maxLength(256)) }) }),
  ),
});

/** A user (`User`). */
export const UserSchema = z.looseObject({
  id,
  status: z.string(),
  created: dateTime,
  lastUpdated: dateTime,
  profile: z.looseObject({ login: z.string(), email: z.optional(z.string()) }),
  _links: z.optional(links),
});

/** Body of `POST /api/v1/groups` (`AddGroupRequest`). */
export const CreateGroupRequestSchema = z.object({
  profile: z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
    description: z.optional(z.string().check(z.maxLength(1024))),
  }),
});

/** A group (`Group`). */
export const GroupSchema = z.looseObject({
  id,
  type: z.string(),
  created: dateTime,
  lastUpdated: dateTime,
  profile: z.looseObject({ name: z.string(), description: z.nullish(z.string()) }),
  _links: z.optional(links),
});

const facetCounts = z.array(z.looseObject({ value: z.string(), count: z.number(), selected: z.boolean() }));

/** Facet counts of a catalog query, per filter group. */
export const CatalogFacetsSchema = z.looseObject({
  useCases: facetCounts,
  functionality: facetCounts,
  industries: facetCounts,
});

/** A catalog entry; the full model is `@integrakit/core/catalog`'s `CatalogEntrySchema`. */
export const CatalogEntryWireSchema = z.looseObject({ name: z.string(), displayName: z.string() });

/** A catalog hit: the entry and highlight ranges per field, as core's search returns it. */
export const CatalogHitSchema = z.looseObject({
  entry: CatalogEntryWireSchema,
  score: z.number(),
  matches: z.array(z.looseObject({ field: z.string(), ranges: z.array(z.tuple([z.number(), z.number()])) })),
});

/** `GET /api/v1/catalog/apps`: one page of hits with the total and facet counts. */
export const CatalogSearchResultSchema = z.looseObject({
  total: z.int().check(z.minimum(0)),
  page: z.int().check(z.minimum(0)),
  pageSize: z.int().check(z.minimum(1)),
  hits: z.array(CatalogHitSchema),
  facets: CatalogFacetsSchema,
});

/** `GET /api/v1/catalog/suggestions`. */
export const CatalogSuggestionsSchema = z.looseObject({ hits: z.array(CatalogHitSchema) });

export type OktaApp = z.output<typeof OktaAppSchema>;
export type AppSigningKey = z.output<typeof AppSigningKeySchema>;
export type OktaAppRequest = z.input<typeof OktaAppRequestSchema>;
export type AppUserAssignRequest = z.input<typeof AppUserAssignRequestSchema>;
export type AppUserUpdateRequest = z.input<typeof AppUserUpdateRequestSchema>;
export type AppUser = z.output<typeof AppUserSchema>;
export type GroupAssignmentRequest = z.input<typeof GroupAssignmentRequestSchema>;
export type GroupAssignment = z.output<typeof GroupAssignmentSchema>;
export type GrantRequest = z.input<typeof GrantRequestSchema>;
export type Grant = z.output<typeof GrantSchema>;
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>;
export type User = z.output<typeof UserSchema>;
export type CreateGroupRequest = z.input<typeof CreateGroupRequestSchema>;
export type Group = z.output<typeof GroupSchema>;
export type CatalogFacetsResult = z.output<typeof CatalogFacetsSchema>;
export type CatalogEntryResult = z.output<typeof CatalogEntryWireSchema>;
export type CatalogHitResult = z.output<typeof CatalogHitSchema>;
export type CatalogSearchResponse = z.output<typeof CatalogSearchResultSchema>;
export type CatalogSuggestionsResponse = z.output<typeof CatalogSuggestionsSchema>;
