import type { ScimExchange } from '../client/transport.js';
import { excerpt } from '../client/transport.js';
import type { ProvisioningAction } from '../scim.schema.js';

/** One HTTP exchange behind a check, safe to show: no request headers, secrets redacted. */
export interface Evidence {
  readonly method: string;
  readonly url: string;
  /** 0 when no response arrived. */
  readonly status: number;
  readonly contentType: string | undefined;
  readonly elapsedMs: number;
  readonly attempts: number;
  /** First 200 characters of the body, or why there is none. */
  readonly excerpt: string;
}

/** One check of the connector test. */
export interface ConnectorCheck {
  /** Stable id, e.g. `users.paging`. */
  readonly id: string;
  readonly ok: boolean;
  /** `warning` checks are reported but do not fail the report. */
  readonly severity: 'error' | 'warning';
  /** True when the check could not run (e.g. no probe user); `ok` is then true. */
  readonly skipped: boolean;
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** What the server says it supports (`/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`). */
export interface ServerCapabilities {
  readonly patch: boolean;
  readonly bulk: boolean;
  readonly filter: { readonly supported: boolean; readonly maxResults: number | undefined };
  readonly changePassword: boolean;
  readonly sort: boolean;
  readonly etag: boolean;
  readonly authenticationSchemes: readonly string[];
  readonly resourceTypes: readonly string[];
  readonly schemas: readonly string[];
}

/** Whether the server can carry out one chosen provisioning action, and why. */
export interface ActionSupport {
  readonly action: ProvisioningAction;
  readonly supported: boolean;
  readonly reason: string;
}

/** Per interop profile: which of its requests the server handles. */
export interface ProfileReport {
  readonly ok: boolean;
  readonly description: string;
  readonly requests: readonly ConnectorCheck[];
}

/** The connector test's result, safe to log or show. */
export interface ConnectorReport {
  /** True when every `error` check passed. */
  readonly ok: boolean;
  readonly checks: readonly ConnectorCheck[];
  readonly capabilities: ServerCapabilities;
  readonly actions: readonly ActionSupport[];
  readonly profiles: Readonly<Record<string, ProfileReport>>;
}

/** The evidence form of an exchange. */
export function evidenceOf(exchange: ScimExchange, redact: (text: string) => string, timeout: number): Evidence {
  const body =
    exchange.failure === 'timeout'
      ? `no response within ${timeout} ms`
      : exchange.failure !== undefined
        ? (exchange.reason ?? exchange.failure)
        : excerpt(exchange.text);
  return {
    method: exchange.method,
    url: redact(exchange.url),
    status: exchange.status,
    contentType: exchange.contentType,
    elapsedMs: exchange.elapsedMs,
    attempts: exchange.attempts,
    excerpt: redact(body),
  };
}
