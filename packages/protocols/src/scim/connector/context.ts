import { URN } from '../client/messages.js';
import { redactor } from '../client/redact.js';
import { type ExchangeOptions, jsonKind, type ScimExchange, type Transport } from '../client/transport.js';
import type { ScimConfig } from '../scim.schema.js';
import { type ConnectorCheck, type Evidence, evidenceOf } from './report.js';

/** One check's outcome before it is stamped with id and evidence. */
export interface Verdict {
  readonly ok: boolean;
  readonly message: string;
  readonly skipped?: boolean;
}

/** Shared state of one connector run: the transport, every exchange made, the checks so far. */
export class ProbeContext {
  readonly checks: ConnectorCheck[] = [];
  readonly exchanges: ScimExchange[] = [];
  readonly redact: (text: string) => string;
  #evidence: Evidence[] = [];

  constructor(
    readonly config: ScimConfig,
    readonly transport: Transport,
  ) {
    this.redact = redactor(config);
  }

  /** Sends a request; the exchange becomes evidence of the check being run. */
  async send(method: string, path: string, options?: ExchangeOptions): Promise<ScimExchange> {
    const exchange = await this.transport.exchange(method, path, options);
    this.exchanges.push(exchange);
    this.#evidence.push(evidenceOf(exchange, this.redact, this.transport.timeout));
    return exchange;
  }

  /** Runs `body` as check `id`; an exception inside becomes a failed check, never a crash. */
  async check(
    id: string,
    body: () => Promise<Verdict>,
    severity: 'error' | 'warning' = 'error',
    into: ConnectorCheck[] = this.checks,
  ): Promise<ConnectorCheck> {
    this.#evidence = [];
    let verdict: Verdict;
    try {
      verdict = await body();
    } catch (error) {
      verdict = { ok: false, message: `check crashed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const check: ConnectorCheck = {
      id,
      ok: verdict.ok || verdict.skipped === true,
      severity,
      skipped: verdict.skipped === true,
      message: this.redact(verdict.message),
      evidence: this.#evidence,
    };
    into.push(check);
    return check;
  }

  /** The passed check with `id`, if it ran and passed. */
  passed(id: string): boolean {
    return this.checks.some((check) => check.id === id && check.ok && !check.skipped);
  }

  /** Why an exchange is not the expected status, in one line; `undefined` when it is. */
  problem(exchange: ScimExchange, expected: readonly number[]): string | undefined {
    const where = `${exchange.method} ${pathOf(exchange.url, this.config.baseUrl)}`;
    if (exchange.failure === 'timeout') return `${where} timed out (no response within ${this.transport.timeout} ms)`;
    if (exchange.failure !== undefined) return `${where} failed: ${exchange.reason ?? exchange.failure}`;
    if (expected.includes(exchange.status)) return undefined;
    const retried = exchange.attempts > 1 ? ` after ${exchange.attempts} attempts` : '';
    const after = exchange.headers['retry-after'] ? ` (Retry-After: ${exchange.headers['retry-after']})` : '';
    const detail = (exchange.body as { detail?: unknown } | undefined)?.detail;
    const why = typeof detail === 'string' ? `: ${detail}` : '';
    return `${where} answered ${exchange.status}${retried}${after}, expected ${expected.join(' or ')}${why}`;
  }

  /** Problems with an exchange that should carry a SCIM JSON body with `schema` among its `schemas`. */
  scimBody(exchange: ScimExchange, schema: string): string | undefined {
    const where = `${exchange.method} ${pathOf(exchange.url, this.config.baseUrl)}`;
    if (jsonKind(exchange.contentType) === 'other') {
      return `${where} answered Content-Type ${exchange.contentType ?? '(none)'}, expected application/scim+json`;
    }
    if (exchange.body === undefined) return `${where} answered a body that is not JSON`;
    const schemas = (exchange.body as { schemas?: unknown }).schemas;
    if (!Array.isArray(schemas)) return `${where} answered a body without "schemas" (RFC 7643 §3 requires it)`;
    if (!schemas.includes(schema)) return `${where} answered "schemas" without ${schema}`;
    return undefined;
  }

  /** Problems with a SCIM error response (RFC 7644 §3.12), as Okta's spec test checks them. */
  scimErrorBody(exchange: ScimExchange, status: number): string | undefined {
    const shape = this.scimBody(exchange, URN.error);
    if (shape) return shape;
    const body = exchange.body as { status?: unknown; detail?: unknown };
    if (String(body.status) !== String(status))
      return `error body has status ${String(body.status)}, expected "${status}"`;
    if (typeof body.detail !== 'string' || body.detail === '') return 'error body has no "detail"';
    return undefined;
  }
}

/** The part of `url` after the base URL, for short messages. */
export function pathOf(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
}

/** Combines problems into a verdict: ok when there are none. */
export function verdict(okMessage: string, ...problems: (string | undefined)[]): Verdict {
  const found = problems.filter((problem): problem is string => problem !== undefined);
  return found.length === 0 ? { ok: true, message: okMessage } : { ok: false, message: found.join('; ') };
}

/** A value at a dotted path with `[n]` indexes, e.g. `Resources[0].name.givenName`. */
export function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
