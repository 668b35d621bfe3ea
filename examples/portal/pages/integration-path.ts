import type { OktaApp } from '@integrakit/core/client';

/** An app's page, at the Admin Console's path: `/admin/app/{appName}/instance/{appId}`. */
export function integrationPath(app: Pick<OktaApp, 'id' | 'name'>): string {
  return `/admin/app/${encodeURIComponent(app.name ?? 'app')}/instance/${encodeURIComponent(app.id)}`;
}
