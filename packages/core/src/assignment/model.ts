import * as z from 'zod';

/** A direct (user) or group assignment of one integration, as stored. */
export const AssignmentRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('user'),
    integrationId: z.string().min(1),
    /** The user's id in the directory. */
    id: z.string().min(1),
    /** Manual app username (1–100), required when the format is `NONE` and push provisioning is on. */
    username: z.string().min(1).max(100).optional(),
    /** App profile values set on the direct assignment. */
    profile: z.record(z.string(), z.unknown()).default({}),
  }),
  z.object({
    type: z.literal('group'),
    integrationId: z.string().min(1),
    /** The group's id in the directory. */
    id: z.string().min(1),
    /** 0 is the highest priority (top of the Admin Console's drag order). */
    priority: z.number().int().min(0).max(100),
    /** App profile defaults for members. */
    profile: z.record(z.string(), z.unknown()).default({}),
  }),
]);

/** A stored assignment. */
export type AssignmentRecord = z.output<typeof AssignmentRecordSchema>;
/** A stored user assignment. */
export type UserAssignmentRecord = Extract<AssignmentRecord, { type: 'user' }>;
/** A stored group assignment. */
export type GroupAssignmentRecord = Extract<AssignmentRecord, { type: 'group' }>;
