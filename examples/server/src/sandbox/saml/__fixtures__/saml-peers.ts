// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates are literal `${…}` text.

import { define as defineSaml, type SamlConfigInput, toOktaApp as samlApp } from '@integrakit/protocols/saml';
import { SAML } from '@node-saml/node-saml';
import * as samlify from 'samlify';
import { validateAgainstXsd } from '../../../../../../packages/protocols/src/xml/__fixtures__/xsd.js';

/** An SP the tests stand in for: its ACS and entity id (nothing listens there; the form is read). */
export const SP = {
  acs: 'https://wiki.example.test/saml/acs',
  otherAcs: 'https://eu.wiki.example.test/saml/acs',
  entityId: 'https://wiki.example.test/saml/metadata',
} as const;

/** A SAML app body: NameID from the Okta-username-prefix format, email and group attributes. */
export function samlAppBody(label: string, overrides: Partial<SamlConfigInput> = {}) {
  return samlApp(
    defineSaml({
      label,
      ssoUrl: SP.acs,
      audience: SP.entityId,
      nameIdFormat: 'unspecified',
      acsEndpoints: [{ url: SP.otherAcs, index: 1 }],
      applicationUsername: { type: 'BUILT_IN', template: '${fn:substringBefore(source.login, "@")}' },
      attributeStatements: [
        { name: 'email', nameFormat: 'basic', values: ['user.email'] },
        { name: 'displayName', values: ['user.firstName + " " + user.lastName'] },
      ],
      groupAttributeStatements: [{ name: 'groups', filterType: 'STARTS_WITH', filterValue: 'Eng' }],
      ...overrides,
    }),
  );
}

/** What the IdP metadata at `/app/{key}/sso/saml/metadata` tells an SP. */
export interface IdpFacts {
  readonly metadata: string;
  readonly entityId: string;
  readonly ssoUrl: string;
  readonly sloUrl: string | undefined;
  readonly certificate: string;
}

/** Reads the entity id, SSO/SLO URLs and signing certificate out of IdP metadata XML. */
export function idpFacts(metadata: string): IdpFacts {
  const pick = (pattern: RegExp) => pattern.exec(metadata)?.[1];
  const certificate = pick(/<ds:X509Certificate>([^<]+)</);
  const entityId = pick(/entityID="([^"]+)"/);
  const ssoUrl = pick(/<md:SingleSignOnService[^>]*Location="([^"]+)"/);
  if (certificate === undefined || entityId === undefined || ssoUrl === undefined) throw new Error('not IdP metadata');
  return { metadata, entityId, ssoUrl, sloUrl: pick(/<md:SingleLogoutService[^>]*Location="([^"]+)"/), certificate };
}

/** @node-saml/node-saml as the SP: strict (both signatures wanted, no clock skew, InResponseTo checked). */
export function nodeSamlSp(idp: IdpFacts, overrides: Record<string, unknown> = {}) {
  return new SAML({
    callbackUrl: SP.acs,
    issuer: SP.entityId,
    audience: SP.entityId,
    idpIssuer: idp.entityId,
    idpCert: idp.certificate,
    entryPoint: idp.ssoUrl,
    wantAuthnResponseSigned: true,
    wantAssertionsSigned: true,
    validateInResponseTo: 'always',
    ...overrides,
  } as ConstructorParameters<typeof SAML>[0]);
}

let validatorSet = false;

/** samlify as the SP, reading the IdP from its metadata XML; messages are schema-validated first. */
export function samlifySp(idp: IdpFacts) {
  if (!validatorSet) {
    samlify.setSchemaValidator({
      validate: async (xml: string) => {
        const result = await validateAgainstXsd(xml, 'saml-schema-protocol-2.0.xsd');
        if (!result.valid) throw new Error(result.errors.join('\n'));
        return 'ok';
      },
    });
    validatorSet = true;
  }
  const identityProvider = samlify.IdentityProvider({ metadata: idp.metadata });
  const serviceProvider = samlify.ServiceProvider({
    entityID: SP.entityId,
    wantAssertionsSigned: true,
    assertionConsumerService: [{ Binding: samlify.Constants.namespace.binding.post, Location: SP.acs }],
  });
  return { identityProvider, serviceProvider };
}

const unescapeHtml = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The target and hidden fields of the IdP's auto-POST page. */
export function autoPost(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (action === undefined) throw new Error(`not an auto-POST page: ${html.slice(0, 400)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[unescapeHtml(match[1] as string)] = unescapeHtml(match[2] as string);
  }
  return { action: unescapeHtml(action), fields };
}
