import { expect } from 'vitest';
import type { ApiResponse } from '../../../__fixtures__/api-call.js';
import { samlAppBody } from '../../saml/__fixtures__/saml-peers.js';
import { testAppAcsUrl } from '../routes.js';

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<ApiResponse>;

/**
 * Creates an active SAML test app whose Single sign-on URL is the test SP's (so an IdP-initiated
 * launch lands on the test SP's report) and returns its id. The URL names the app's id, so the app
 * is created first and its sign-on settings replaced after.
 */
export async function createTestSamlApp(call: Call, origin: string, label: string): Promise<string> {
  const created = await call('POST', '/api/v1/apps', samlAppBody(label));
  expect(created.status).toBe(200);
  const id = created.json.id as string;
  const acs = testAppAcsUrl(origin, id);
  const signOn = { ...created.json.settings.signOn, ssoAcsUrl: acs, recipient: acs, destination: acs };
  const body = { ...created.json, settings: { ...created.json.settings, signOn } };
  expect((await call('PUT', `/api/v1/apps/${id}`, body, { 'If-Match': '*' })).status).toBe(200);
  return id;
}
