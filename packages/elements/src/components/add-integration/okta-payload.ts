// Loaded with import() on Done only: the payload mapping pulls the integration model and its schemas.
import { type IntegrationDraft, type ProtocolRegistry, toOktaApp } from '@integrakit/core';

type Json = Readonly<Record<string, unknown>>;

const isSecret = (value: unknown): value is { reveal(): string } =>
  typeof value === 'object' && value !== null && typeof (value as { reveal?: unknown }).reveal === 'function';

/** A copy of `value` with every `Secret` revealed: only for the request body that must carry them. */
export function revealForRequest(value: unknown): unknown {
  if (isSecret(value)) return value.reveal();
  if (Array.isArray(value)) return value.map(revealForRequest);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revealForRequest(item)]));
  }
  return value;
}

/** The Okta app payload of a validated integration, through the host's protocol modules. */
export function oktaPayload(integration: IntegrationDraft, protocols: ProtocolRegistry): Json {
  return toOktaApp(integration, { protocols });
}
