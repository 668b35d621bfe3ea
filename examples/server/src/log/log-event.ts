/** A `LogEvent` target or actor, in Okta's shape. */
export interface LogEntity {
  readonly id: string;
  readonly type: string;
  readonly alternateId: string;
  readonly displayName: string;
}

/** Okta's `LogEvent` as this server writes it (the fields its `GET /api/v1/logs` returns). */
export interface LogEvent {
  readonly uuid: string;
  readonly published: string;
  readonly eventType: string;
  readonly version: '0';
  readonly severity: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  readonly displayMessage: string;
  readonly actor: LogEntity;
  readonly client: {
    readonly ipAddress: string | null;
    readonly userAgent: { readonly rawUserAgent: string | null };
    readonly zone: 'null';
  };
  readonly outcome: { readonly result: 'SUCCESS' | 'FAILURE'; readonly reason?: string };
  readonly target: readonly LogEntity[];
  readonly transaction: { readonly type: 'WEB'; readonly id: string; readonly detail: Record<string, never> };
  readonly debugContext: { readonly debugData: { readonly requestId: string; readonly requestUri: string } };
  readonly authenticationContext: { readonly authenticationStep: 0; readonly externalSessionId: string };
}

/** What a change supplies to be recorded; the request supplies actor, client and transaction. */
export interface LogEventInput {
  readonly eventType: string;
  readonly displayMessage: string;
  readonly target: readonly LogEntity[];
  readonly severity?: LogEvent['severity'];
  readonly outcome?: LogEvent['outcome'];
  /** Who acted. @default the administrator (API token or portal session) */
  readonly actor?: LogEntity;
}
