import * as z from 'zod/mini';
import { parseOrThrow } from '../define.js';
import { NS } from '../xml/dom.js';
import { loadXmlBuilder } from '../xml/libraries.js';
import { STATUS_SUCCESS } from './algorithms.js';
import { absoluteUrl } from './common.js';
import { samlSigningKeySchema } from './response.js';
import type { SamlConfig } from './saml.schema.js';
import { signEnveloped } from './sign.js';

/** What a LogoutResponse answers (core 3.7.2). */
export const logoutResponseInputSchema = z.strictObject({
  /** The IdP's entity id. */
  issuer: z.string().check(z.minLength(1), z.maxLength(1024)),
  /** Where it is sent: the app's single logout URL. */
  destination: absoluteUrl,
  /** ID of the LogoutRequest being answered. */
  inResponseTo: z.string().check(z.minLength(1), z.maxLength(256)),
  /** A top-level SAML status code URI. @default Success */
  status: z._default(z.string().check(z.minLength(1), z.maxLength(256)), STATUS_SUCCESS),
});

/**
 * A signed `samlp:LogoutResponse` (signature after its Issuer, with the app's algorithms), as an
 * IdP answers an SP's LogoutRequest. Node-only (xmlbuilder2 and xml-crypto load on first use).
 */
export async function buildLogoutResponse(
  input: z.input<typeof logoutResponseInputSchema>,
  idpKey: z.input<typeof samlSigningKeySchema>,
  algorithms: Pick<SamlConfig, 'signatureAlgorithm' | 'digestAlgorithm'>,
  now: Date = new Date(),
): Promise<string> {
  const message = parseOrThrow(logoutResponseInputSchema, input);
  const key = parseOrThrow(samlSigningKeySchema, idpKey);
  const { create } = await loadXmlBuilder();
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.samlp, 'samlp:LogoutResponse', {
    'xmlns:saml': NS.saml,
    ID: `_${crypto.randomUUID().replaceAll('-', '')}`,
    Version: '2.0',
    IssueInstant: now.toISOString(),
    Destination: message.destination,
    InResponseTo: message.inResponseTo,
  });
  root.ele(NS.saml, 'saml:Issuer').txt(message.issuer);
  root.ele(NS.samlp, 'samlp:Status').ele(NS.samlp, 'samlp:StatusCode', { Value: message.status });
  return signEnveloped(
    root.end({ wellFormed: true }),
    {
      reference: `/*[local-name(.)='LogoutResponse' and namespace-uri(.)='${NS.samlp}']`,
      issuer: `/*[local-name(.)='LogoutResponse']/*[local-name(.)='Issuer']`,
    },
    key,
    algorithms,
  );
}
