import { buildUnsignedResponse, type SamlConfig } from '@integrakit/protocols/saml';
import type { SigningKey } from '../../store/signing-keys.js';
import type { ResponseSigner } from './signing-pool.js';
import type { AssertionSubject } from './subject.js';

/** Where and in answer to what a SAML response goes. */
export interface Delivery {
  /** The ACS URL: the response's Destination and the assertion's Recipient. */
  readonly acs: string;
  /** The AuthnRequest's ID; absent for IdP-initiated sign-in. */
  readonly inResponseTo?: string | undefined;
}

/**
 * The signed SAML Response for the person, base64-encoded for the `SAMLResponse` field: issued by
 * the app's IdP issuer, signed with the app's active key as the app says, for the app's audience.
 * An ACS other than the app's default SSO URL is both Destination and Recipient. The response is
 * built unsigned here and signed by `signer` (a worker pool, or the main thread).
 */
export async function issueSamlResponse(
  config: SamlConfig,
  key: SigningKey,
  issuer: string,
  subject: AssertionSubject,
  delivery: Delivery,
  signer: ResponseSigner,
): Promise<string> {
  const target =
    delivery.acs === config.ssoUrl ? config : { ...config, destination: delivery.acs, recipient: delivery.acs };
  // Built without the key: it is checked where it signs, not once more per request here.
  const unsigned = buildUnsignedResponse(
    target,
    { nameId: subject.nameId, attributes: subject.attributes },
    issuer,
    delivery.inResponseTo === undefined ? {} : { inResponseTo: delivery.inResponseTo },
  );
  const xml = await signer.sign(unsigned, target, {
    kid: key.kid,
    privateKey: key.privateKey,
    certificate: key.certificate,
  });
  return Buffer.from(xml, 'utf8').toString('base64');
}
