import type { TokenInspection } from '@integrakit/protocols/jwt';
import type { InspectedResponse, SamlConfig } from '@integrakit/protocols/saml';
import { isConfigValidationError } from '@integrakit/protocols/shared';
import { type PastedEncoding, readPasted } from './pasted.js';
import { classify, type InspectionProblem } from './problems.js';

/** Options of {@link inspectPasted}; every one optional. */
export interface InspectPastedOptions {
  /**
   * The integration the value is meant for, as Okta's API returns it (`GET /api/v1/apps/{appId}`).
   * A SAML app's settings are what a response is checked against; an OIDC app's client id is the
   * expected audience of an ID token (and `cid` of an access token).
   */
  readonly app?: unknown;
  /** Expected token issuer (the org or authorization server URL). */
  readonly issuer?: string;
  /** The IdP signing certificate (PEM or base64): with it, SAML signatures are verified. */
  readonly idpCertificate?: string;
  /** Time to judge validity against. @default new Date() */
  readonly now?: Date;
}

/** A decoded token: its header, claims and times. */
export interface TokenReport {
  readonly kind: 'token';
  readonly encoding: 'jwt';
  /** `access` when the token says so (`typ` `at+jwt`, or Okta's `scp`/`cid` claims), else `id`. */
  readonly tokenType: 'id' | 'access';
  readonly header: TokenInspection['header'];
  readonly claims: TokenInspection['claims'];
  readonly times: TokenInspection['times'];
  readonly problems: readonly InspectionProblem[];
}

/** A decoded SAML response: what the response and its assertion say, and its signatures. */
export interface SamlReport extends Omit<InspectedResponse, 'problems'> {
  readonly kind: 'saml';
  readonly encoding: Exclude<PastedEncoding, 'jwt'>;
  readonly problems: readonly InspectionProblem[];
}

/** Input that is neither a token nor a SAML message (or is over the limits). */
export interface UnknownReport {
  readonly kind: 'unknown';
  readonly problems: readonly InspectionProblem[];
}

/** What {@link inspectPasted} found. */
export type Inspection = TokenReport | SamlReport | UnknownReport;

const UNKNOWN_MESSAGES = {
  empty: 'Paste an ID token, an access token or a SAML response',
  too_large: 'The pasted value is over 2,000,000 characters; a token or SAML response is far smaller',
  unrecognized:
    'This is not a compact JWT, SAML XML, a base64 SAML response or a deflated (redirect binding) SAML message',
  too_big_inflated: 'The deflated message inflates to over 1,000,000 bytes; refused before reading it',
} as const;

// Checks that compare the response with an integration's settings; without one they say nothing.
const CONFIG_CODES = new Set([
  'wrong_audience',
  'wrong_recipient',
  'wrong_destination',
  'wrong_issuer',
  'wrong_name_id_format',
  'algorithm_mismatch',
  'response_unsigned',
  'assertion_unsigned',
]);

const signOnModeOf = (app: unknown) =>
  typeof app === 'object' && app !== null ? (app as { signOnMode?: unknown }).signOnMode : undefined;

/**
 * Decodes what an admin pasted — an ID or access token, or a SAML response as XML, base64 (POST
 * binding) or deflated (Redirect binding, alone or in a URL) — and lists its problems against the
 * chosen integration, each with a severity and the field or setting it concerns. Runs entirely
 * where it is called (nothing is sent anywhere); the JWT and SAML code loads on first use. Never
 * throws for any input: refusals (too large, not XML, over the XML limits) come back as problems.
 * Nothing here proves a token genuine; SAML signatures are verified only with `idpCertificate`.
 */
export async function inspectPasted(input: string, options: InspectPastedOptions = {}): Promise<Inspection> {
  const pasted = await readPasted(typeof input === 'string' ? input : '');
  if (pasted.kind === 'unknown') {
    const kind = pasted.code === 'empty' ? 'input' : 'saml';
    return { kind: 'unknown', problems: [classify(kind, pasted.code, UNKNOWN_MESSAGES[pasted.code])] };
  }
  return pasted.kind === 'token'
    ? inspectJwt(pasted.token, options)
    : inspectSaml(pasted.xml, pasted.encoding, options);
}

async function inspectJwt(token: string, options: InspectPastedOptions): Promise<TokenReport> {
  const [{ inspectToken }, { OidcOktaAppSchema }] = await Promise.all([
    import('@integrakit/protocols/jwt'),
    import('../client/wire.js'),
  ]);
  const extra: InspectionProblem[] = [];
  let clientId: string | undefined;
  if (options.app !== undefined) {
    const app = OidcOktaAppSchema.safeParse(options.app);
    if (app.success) clientId = app.data.credentials.oauthClient.client_id;
    else extra.push(mismatch('an OpenID Connect'));
  }
  const decoded = inspectToken(token, {
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const { claims, header } = decoded;
  const access =
    (typeof header?.typ === 'string' && /^(application\/)?([\w.-]+\+)?at\+jwt$/i.test(header.typ)) ||
    (claims !== undefined && ('scp' in claims || 'cid' in claims));
  const problems = decoded.problems.map((p) => classify('token', p.code, p.message));
  if (clientId !== undefined && claims !== undefined) {
    // An access token is for a resource server: its audience is the API and `cid` names the client.
    if (access && claims.cid !== clientId) {
      problems.push(classify('token', 'client_mismatch', `cid is ${String(claims.cid)}, expected ${clientId}`));
    }
    if (!access) {
      for (const p of inspectToken(token, { clientId }).problems) {
        if (p.code === 'audience_mismatch' || p.code === 'azp_mismatch')
          problems.push(classify('token', p.code, p.message));
      }
    }
  }
  return {
    kind: 'token',
    encoding: 'jwt',
    tokenType: access ? 'access' : 'id',
    header,
    claims,
    times: decoded.times,
    problems: [...extra, ...problems],
  };
}

function mismatch(expected: string): InspectionProblem {
  return classify(
    'input',
    'integration_mismatch',
    `The chosen integration is not ${expected} app, so its settings were not used`,
  );
}

async function samlConfigFor(app: unknown): Promise<{ config?: SamlConfig; problem?: InspectionProblem }> {
  const saml = await import('@integrakit/protocols/saml');
  if (app !== undefined && signOnModeOf(app) === 'SAML_2_0') {
    try {
      return { config: saml.fromOktaApp(app) };
    } catch (error) {
      if (!isConfigValidationError(error)) throw error;
      const where = error.issues[0]?.message ?? 'its settings';
      return { problem: classify('input', 'integration_invalid', `The chosen integration cannot be read: ${where}`) };
    }
  }
  return {
    problem:
      app === undefined
        ? classify(
            'input',
            'no_integration',
            'Choose the integration to check audience, recipient, issuer and signing against its settings',
          )
        : mismatch('a SAML 2.0'),
  };
}

async function inspectSaml(
  xml: string,
  encoding: SamlReport['encoding'],
  options: InspectPastedOptions,
): Promise<SamlReport | UnknownReport> {
  if (signOnModeOf(options.app) === 'WS_FEDERATION') return inspectWsfed(xml, encoding, options);
  const saml = await import('@integrakit/protocols/saml');
  const { config, problem } = await samlConfigFor(options.app);
  // Without settings, a neutral config stands in and its comparisons are dropped below.
  const used = config ?? saml.define({ label: 'Inspector', ssoUrl: 'https://unset.invalid/', audience: 'unset' });
  try {
    const report = await saml.inspectResponse(xml, used, {
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.idpCertificate === undefined ? {} : { idpCertificate: options.idpCertificate }),
    });
    const found = report.problems
      .filter((p) => config !== undefined || !CONFIG_CODES.has(p.code))
      .map((p) => classify('saml', p.code, p.message));
    return { ...report, kind: 'saml', encoding, problems: problem === undefined ? found : [problem, ...found] };
  } catch (error) {
    if (!isConfigValidationError(error)) throw error;
    return { kind: 'unknown', problems: error.issues.map((issue) => classify('saml', issue.code, issue.message)) };
  }
}

/**
 * A WS-Fed app's `wresult` (its token response holding a signed SAML assertion), checked against
 * the app: its realm (Okta's generated `urn:okta:app:{id}` when the app names none), audience,
 * reply URL, and `issuer` when given.
 */
async function inspectWsfed(
  xml: string,
  encoding: SamlReport['encoding'],
  options: InspectPastedOptions,
): Promise<SamlReport | UnknownReport> {
  const wsfed = await import('@integrakit/protocols/wsfed');
  try {
    const config = wsfed.fromOktaApp(options.app);
    const id = (options.app as { id?: unknown }).id;
    const realm = config.realm ?? (typeof id === 'string' ? `urn:okta:app:${id}` : undefined);
    const report = await wsfed.inspectSignInResponse(xml, config, {
      ...(realm === undefined ? {} : { realm }),
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.idpCertificate === undefined ? {} : { idpCertificate: options.idpCertificate }),
    });
    return {
      ...report,
      kind: 'saml',
      encoding,
      problems: report.problems.map((p) => classify('saml', p.code, p.message)),
    };
  } catch (error) {
    if (!isConfigValidationError(error)) throw error;
    return { kind: 'unknown', problems: error.issues.map((issue) => classify('saml', issue.code, issue.message)) };
  }
}
