import * as z from 'zod/mini';

/** SCIM schema URNs used by the client (RFC 7643 §8.7, RFC 7644 §8.2). */
export const URN = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

const meta = z.looseObject({
  resourceType: z.optional(z.string()),
  location: z.optional(z.string()),
  version: z.optional(z.string()),
});

/** A SCIM resource as read from a server: an `id`, `schemas` and any attributes. */
export const scimResourceSchema = z.looseObject({
  schemas: z.array(z.string()),
  id: z.string().check(z.minLength(1)),
  externalId: z.optional(z.string()),
  meta: z.optional(meta),
});

/** A User resource (RFC 7643 §4.1); attributes the client does not use stay untyped. */
export const scimUserSchema = z.extend(scimResourceSchema, {
  userName: z.string(),
  active: z.optional(z.boolean()),
  displayName: z.optional(z.string()),
  name: z.optional(z.looseObject({ givenName: z.optional(z.string()), familyName: z.optional(z.string()) })),
  emails: z.optional(
    z.array(z.looseObject({ value: z.string(), type: z.optional(z.string()), primary: z.optional(z.boolean()) })),
  ),
});

/** A Group resource (RFC 7643 §4.2). */
export const scimGroupSchema = z.extend(scimResourceSchema, {
  displayName: z.string(),
  members: z.optional(z.array(z.looseObject({ value: z.string(), display: z.optional(z.string()) }))),
});

/** A ListResponse (RFC 7644 §3.4.2), before its resources are checked. */
export const listResponseSchema = z.looseObject({
  schemas: z.array(z.string()).check(
    z.refine((schemas) => schemas.includes(URN.listResponse), {
      message: `schemas must include ${URN.listResponse}`,
    }),
  ),
  totalResults: z.int().check(z.nonnegative()),
  startIndex: z.optional(z.int()),
  itemsPerPage: z.optional(z.int()),
  Resources: z.optional(z.array(z.unknown())),
});

/** A SCIM resource. */
export type ScimResource = z.output<typeof scimResourceSchema>;
/** A SCIM User as returned by a server. */
export type ScimUser = z.output<typeof scimUserSchema>;
/** A SCIM Group as returned by a server. */
export type ScimGroup = z.output<typeof scimGroupSchema>;

/** A page of a list (RFC 7644 §3.4.2). */
export interface ListPage<T> {
  readonly totalResults: number;
  readonly startIndex: number;
  readonly itemsPerPage: number;
  readonly resources: readonly T[];
}

/** A User to create or replace: `schemas` and `id` are filled in by the client and server. */
export type UserInput = Omit<z.input<typeof scimUserSchema>, 'id' | 'schemas'> & { readonly schemas?: string[] };
/** A Group to create or replace. */
export type GroupInput = Omit<z.input<typeof scimGroupSchema>, 'id' | 'schemas'> & { readonly schemas?: string[] };
