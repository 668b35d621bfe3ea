import { X509Certificate } from 'node:crypto';
import type { AuthnRequestInfo, SamlConfig } from '@integrakit/protocols/saml';
import type { ReceivedMessage } from './binding.js';
import { SamlRequestError } from './request-error.js';

/** How far an AuthnRequest's IssueInstant may be from the server's clock, either way. */
export const REQUEST_SKEW_MS = 3 * 60_000;

const ENTITY_FORMAT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity';
const POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Where the checks run: the URL the request arrived at and the time. */
export interface RequestContext {
  readonly endpoint: string;
  readonly now: Date;
}

/**
 * Checks an AuthnRequest against the app as an IdP must (core 3.4.1, profiles 4.1.4.1): the issuer
 * is the app's SP entity id, the Destination (if any) is where it arrived, the IssueInstant is
 * fresh, the signature verifies with the app's SP certificate when the app requires signed
 * requests, and the ACS is one the app registers (a verified signed request may name any, as
 * Okta's "Signed Requests" allows). Returns the ACS URL to answer to; throws
 * {@link SamlRequestError}. Replay is the caller's (it needs state).
 */
export function checkAuthnRequest(
  request: AuthnRequestInfo,
  message: ReceivedMessage,
  config: SamlConfig,
  context: RequestContext,
): string {
  if (request.issuer !== config.audience) {
    throw new SamlRequestError('Issuer', "must be the app's Audience URI (SP Entity ID)");
  }
  if (request.issuerFormat !== undefined && request.issuerFormat !== ENTITY_FORMAT) {
    throw new SamlRequestError('Issuer', 'Format must be omitted or the entity format');
  }
  if (request.destination !== undefined && request.destination !== context.endpoint) {
    throw new SamlRequestError('Destination', 'must be the SSO URL the request was sent to');
  }
  checkFreshness(request.issueInstant, context.now);
  const signed = config.signedRequests && checkSignature(request, message, config);
  if (request.protocolBinding !== undefined && request.protocolBinding !== POST_BINDING) {
    throw new SamlRequestError('ProtocolBinding', 'must be HTTP-POST (the only response binding the IdP offers)');
  }
  return acsOf(request, config, signed);
}

/** Refuses an IssueInstant that is not a UTC xs:dateTime within {@link REQUEST_SKEW_MS} of `now`. */
export function checkFreshness(issueInstant: string, now: Date): void {
  const instant = DATE_TIME.test(issueInstant) ? Date.parse(issueInstant) : Number.NaN;
  if (Number.isNaN(instant)) throw new SamlRequestError('IssueInstant', 'must be a UTC xs:dateTime');
  if (now.getTime() - instant > REQUEST_SKEW_MS) {
    throw new SamlRequestError('IssueInstant', `is more than ${REQUEST_SKEW_MS / 60_000} minutes old (expired)`);
  }
  if (instant - now.getTime() > REQUEST_SKEW_MS) {
    throw new SamlRequestError('IssueInstant', `is more than ${REQUEST_SKEW_MS / 60_000} minutes in the future`);
  }
}

/** `true` once the request's signature (XML or query) verified with the app's SP certificate. */
function checkSignature(request: AuthnRequestInfo, message: ReceivedMessage, config: SamlConfig): true {
  const certificate = config.spCertificate;
  if (certificate === undefined)
    throw new SamlRequestError('Signature', 'cannot be checked: the app has no SP certificate');
  if (message.querySignature !== undefined) {
    if (!message.querySignature(new X509Certificate(Buffer.from(certificate, 'base64')).publicKey)) {
      throw new SamlRequestError('Signature', "does not verify with the app's SP certificate");
    }
    return true;
  }
  if (request.signature === undefined)
    throw new SamlRequestError('Signature', 'is required: the app requires signed requests');
  if (request.signature.valid !== true) {
    throw new SamlRequestError(
      'Signature',
      "does not verify with the app's SP certificate, or does not cover the request",
    );
  }
  return true;
}

function acsOf(request: AuthnRequestInfo, config: SamlConfig, signed: boolean): string {
  if (request.acsUrl !== undefined && request.acsIndex !== undefined) {
    throw new SamlRequestError('AssertionConsumerServiceIndex', 'must not come with AssertionConsumerServiceURL');
  }
  if (request.acsIndex !== undefined) {
    const endpoint = config.acsEndpoints.find((e) => e.index === request.acsIndex);
    if (endpoint === undefined)
      throw new SamlRequestError('AssertionConsumerServiceIndex', 'is not registered for the app');
    return endpoint.url;
  }
  if (request.acsUrl === undefined) return config.ssoUrl;
  const registered = request.acsUrl === config.ssoUrl || config.acsEndpoints.some((e) => e.url === request.acsUrl);
  if (registered || (signed && /^https?:\/\/[^\s]+$/.test(request.acsUrl))) return request.acsUrl;
  throw new SamlRequestError('AssertionConsumerServiceURL', 'is not an SSO URL registered for the app');
}
