import { page } from 'vitest/browser';
import '../define.js';
import type { CreateIntegrationClient, IkCreateIntegration } from '../create-integration.js';

export { expectStep, field, focusedId, part, shadow, summaryLinks } from '../../add-integration/__fixtures__/mount.js';

/**
 * Adds an `<ik-create-integration>` (protocol modules loaded on demand, as in production) and
 * waits for its first step.
 */
export async function mountCreate(
  setup: (element: IkCreateIntegration) => void = () => {},
  width = 900,
): Promise<IkCreateIntegration> {
  await page.viewport(width, 900);
  const element = document.createElement('ik-create-integration');
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

type Json = Record<string, unknown>;

/**
 * A client whose `apps.create` answers as the reference server does for a new app: an id, ACTIVE,
 * and for an OAuth client a generated client id and (secret methods) a generated client secret.
 * The browser tests cannot reach a server; the end-to-end test uses the real one.
 */
export function answeringClient(): CreateIntegrationClient & { readonly created: Json[]; secrets: string[] } {
  const created: Json[] = [];
  const secrets: string[] = [];
  const create = async (body: Json) => {
    created.push(body);
    const credentials = (body.credentials ?? {}) as Json;
    const oauth = credentials.oauthClient as Json | undefined;
    const method = String(oauth?.token_endpoint_auth_method ?? 'client_secret_basic');
    const secret = method.startsWith('client_secret')
      ? `${crypto.randomUUID()}${crypto.randomUUID()}`.slice(0, 40)
      : undefined;
    if (secret !== undefined && oauth !== undefined) secrets.push(secret);
    const oauthClient =
      oauth === undefined
        ? undefined
        : { ...oauth, client_id: `0oa${created.length}test`, ...(secret && { client_secret: secret }) };
    return {
      ...body,
      id: `0oa${created.length}`,
      status: 'ACTIVE',
      ...(oauthClient === undefined ? {} : { credentials: { ...credentials, oauthClient } }),
    };
  };
  return { created, secrets, apps: { create } } as unknown as CreateIntegrationClient & {
    created: Json[];
    secrets: string[];
  };
}

/** A small SP metadata document, as an SP publishes it. */
export const SP_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.test/saml2/metadata">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:NameIDFormat>urn:example:custom-format</md:NameIDFormat>
    <md:AssertionConsumerService index="0" isDefault="true" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.test/saml2/acs"/>
    <md:AssertionConsumerService index="1" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.test/saml2/artifact"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>`;
