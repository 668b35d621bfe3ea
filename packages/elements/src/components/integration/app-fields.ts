import type { OktaApp } from '@integrakit/core/client';
import type { GeneralValues } from './view.js';

// Reading Okta's loosely typed app JSON for display; anything unexpected reads as absent.
const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The General tab's values of an app. */
export function generalValues(app: OktaApp): GeneralValues {
  const visibility = record(app.visibility);
  const hide = record(visibility.hide);
  return {
    label: app.label,
    hideWeb: hide.web === true,
    hideIOS: hide.iOS === true,
    autoLaunch: visibility.autoLaunch === true,
  };
}

/** The `PUT` body: the app as read with the edited values; its `lastUpdated` lets the server refuse a stale write. */
export function withGeneralValues(app: OktaApp, values: GeneralValues): OktaApp {
  const visibility = record(app.visibility);
  return {
    ...app,
    label: values.label,
    visibility: {
      ...visibility,
      autoLaunch: values.autoLaunch,
      hide: { ...record(visibility.hide), web: values.hideWeb, iOS: values.hideIOS },
    },
  };
}

/** The OIDC client's id and authentication method, when the app is an OIDC app. */
export function oauthClient(app: OktaApp): { clientId: string; authMethod: string } | undefined {
  const client = record(record(app.credentials).oauthClient);
  if (typeof client.client_id !== 'string') return undefined;
  const method = client.token_endpoint_auth_method;
  return { clientId: client.client_id, authMethod: typeof method === 'string' ? method : 'client_secret_basic' };
}

/** Okta's provisioning `features` of the app. */
export function features(app: OktaApp): string[] {
  const list = (app as { features?: unknown }).features;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** The app's logo URL from `_links.logo`, only when it is https (never `javascript:` or `data:`). */
export function logoUrl(app: OktaApp): string | undefined {
  const logo = record(app._links).logo;
  const first = Array.isArray(logo) ? record(logo[0]) : record(logo);
  return typeof first.href === 'string' && /^https:\/\//i.test(first.href) ? first.href : undefined;
}
