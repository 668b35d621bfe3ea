import * as z from 'zod/mini';

/** A direct (user) or group assignment of one integration, as stored. */
export const AssignmentRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('user'),
    integrationId: z.string().check(z.minLength(1)),
    /** The user's id in the directory. */
    id: z.string().check(z.minLength(1)),
    /** Manual app username (1–100), required when the format is `NONE` and push provisioning is on. */
    username: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** App profile values set on the direct assignment. */
    profile: z._default(z.record(z.string(), z.unknown()), {}),
  }),
  z.object({
    type: z.literal('group'),
    integrationId: z.string().check(z.minLength(1)),
    /** The group's id in the directory. */
    id: z.string().check(z.minLength(1)),
    /** 0 is the highest priority (top of the Admin Console's drag order). */
    priority: z.int().check(z.minimum(0), z.maximum(100)),
    /** App profile defaults for members. */
    profile: z._default(z.record(z.string(), z.unknown()), {}),
  }),
]);

/** A stored assignment. */
export type AssignmentRecord = z.output<typeof AssignmentRecordSchema>;
/** A stored user assignment. */
export type UserAssignmentRecord = Extract<AssignmentRecord, { type: 'user' }>;
/** A stored group assignment. */
export type GroupAssignmentRecord = Extract<AssignmentRecord, { type: 'group' }>;
