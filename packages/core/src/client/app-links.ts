import * as z from 'zod/mini';
import type { CallOptions, Http } from './http.js';
import { seg } from './resource.js';

/** One tile of a person's dashboard (`AppLink`, from `GET /api/v1/users/{userId}/appLinks`). */
export const AppLinkSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  /** Where a click goes: Okta's launch URL, which starts sign-on the app's way (SAML, OIDC, SWA, bookmark). */
  linkUrl: z.string(),
  logoUrl: z.optional(z.string()),
  appName: z.string(),
  appInstanceId: z.string().check(z.minLength(1)),
  appAssignmentId: z.optional(z.string()),
  credentialsSetup: z.optional(z.boolean()),
  /** Hidden from the dashboard by the app's visibility settings; listed anyway, as Okta does. */
  hidden: z.boolean(),
  sortOrder: z.optional(z.int()),
});

export type AppLink = z.output<typeof AppLinkSchema>;

/** `/api/v1/users/{userId}/appLinks`: a person's assigned apps. */
export interface AppLinksApi {
  /** Every app link of the person, hidden ones included (flagged `hidden`). */
  list(userId: string, options?: CallOptions): Promise<AppLink[]>;
}

export function appLinksApi(http: Http): AppLinksApi {
  return {
    list: (userId, options = {}) => http.json('GET', `users/${seg(userId)}/appLinks`, z.array(AppLinkSchema), options),
  };
}
