import { createHash } from 'node:crypto';
import type { Integration } from '@integrakit/core';
import { idpMetadata, type SamlConfig } from '@integrakit/protocols/saml';
import { federationMetadata, type WsfedConfig } from '@integrakit/protocols/wsfed';
import { OktaHttpError } from '../errors.js';
import type { SigningKey } from '../store/signing-keys.js';

/**
 * The app's SAML key (`exk…`): Okta's IdP issuer and SSO URLs carry it, not the app id. Derived from
 * the id so it is stable without being stored.
 */
export function samlKey(appId: string): string {
  const digits = createHash('sha256').update(appId).digest('base64url').replace(/[-_]/g, '');
  return `exk${digits.slice(0, 17)}`;
}

/** Okta's IdP URLs for an app (the sandbox identity provider serves them). */
export function idpUrls(baseUrl: string, appName: string, appId: string) {
  const key = samlKey(appId);
  return {
    issuer: `http://www.okta.com/${key}`,
    samlSso: `${baseUrl}/app/${appName}/${key}/sso/saml`,
    samlSlo: `${baseUrl}/app/${appName}/${key}/slo/saml`,
    wsfedPassive: `${baseUrl}/app/${appName}/${key}/sso/wsfed/passive`,
  };
}

interface MetadataInput {
  readonly integration: Integration;
  readonly appName: string;
  readonly baseUrl: string;
  readonly current: SigningKey;
  readonly next: SigningKey | undefined;
}

/** IdP metadata of a SAML app: the current signing certificate and, during a rotation, the next one. */
export async function samlMetadata(input: MetadataInput): Promise<string> {
  const { integration } = input;
  if (integration.signOn.protocol !== 'saml') throw notProtocol('SAML 2.0', integration);
  const urls = idpUrls(input.baseUrl, input.appName, integration.id);
  const config = integration.signOn.config as unknown as SamlConfig;
  return idpMetadata(config, {
    entityId: urls.issuer,
    ssoUrl: urls.samlSso,
    ...(config.singleLogout === undefined ? {} : { sloUrl: urls.samlSlo }),
    certificate: input.current.certificate,
    ...(input.next === undefined ? {} : { nextCertificate: input.next.certificate }),
  });
}

/** Federation metadata of a WS-Federation app, with the same key rotation as SAML. */
export async function wsfedMetadata(input: MetadataInput): Promise<string> {
  const { integration } = input;
  if (integration.signOn.protocol !== 'wsfed') throw notProtocol('WS-Federation', integration);
  const urls = idpUrls(input.baseUrl, input.appName, integration.id);
  return federationMetadata(integration.signOn.config as unknown as WsfedConfig, {
    entityId: urls.issuer,
    passiveEndpoint: urls.wsfedPassive,
    certificate: input.current.certificate,
    ...(input.next === undefined ? {} : { nextCertificate: input.next.certificate }),
    displayName: integration.label,
  });
}

function notProtocol(protocol: string, integration: Integration): OktaHttpError {
  return new OktaHttpError(404, 'E0000007', `Not found: Resource not found: ${protocol} metadata`, [
    `signOnMode: '${integration.label}' does not sign on with ${protocol}`,
  ]);
}
