import { expect, it } from 'vitest';
import { openApiDocument } from '../test-utils/openapi.js';
import { describeWithReference } from '../test-utils/reference.js';
import { listScopes, OKTA_SCOPES, readCounterpart } from './scopes.js';

describeWithReference('okta.* scope table', () => {
  it("matches the spec's oauth2 security scheme exactly", () => {
    const schemes = openApiDocument().components.securitySchemes as {
      oauth2: { flows: { authorizationCode: { scopes: Record<string, string> } } };
    };
    const fromSpec = Object.fromEntries(
      Object.entries(schemes.oauth2.flows.authorizationCode.scopes)
        .filter(([name]) => name.startsWith('okta.'))
        .map(([name, description]) => [name, description.trim().replace(/\s+/g, ' ')]),
    );
    expect(OKTA_SCOPES).toEqual(fromSpec);
  });

  it('pairs manage scopes with their read scope', () => {
    expect(readCounterpart('okta.users.manage')).toBe('okta.users.read');
    expect(readCounterpart('okta.users.read')).toBeUndefined();
    const users = listScopes().find((info) => info.scope === 'okta.users.manage');
    expect(users).toMatchObject({ access: 'manage', readScope: 'okta.users.read' });
    expect(users?.description.length).toBeGreaterThan(10);
  });
});
