// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Okta templates and injection probes are literal `${…}` text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.js';
import { startTestServer } from './test-server.js';

let server: RunningServer;
let token: string;
let appId = '';
let userId = '';

const samlBase = {
  label: 'Acme SAML',
  signOnMode: 'SAML_2_0',
  settings: {
    signOn: {
      ssoAcsUrl: 'https://acme.example.com/acs',
      audience: 'https://acme.example.com',
      recipient: 'https://acme.example.com/acs',
      destination: 'https://acme.example.com/acs',
      subjectNameIdTemplate: '${user.userName}',
      subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
      responseSigned: true,
      requestCompressed: false,
      allowMultipleAcsEndpoints: false,
      assertionSigned: true,
      signatureAlgorithm: 'RSA_SHA256',
      digestAlgorithm: 'SHA256',
      honorForceAuthn: true,
      authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
    },
  },
};
const bookmark = {
  name: 'bookmark',
  label: 'Wiki',
  signOnMode: 'BOOKMARK',
  settings: { app: { url: 'https://wiki.example.com' } },
};
const huge = 'x'.repeat(300 * 1024);
const injection = [
  "'; DROP TABLE integrations; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://evil}',
  '../../etc/passwd',
];

interface Case {
  name: string;
  method: string;
  path: () => string;
  body?: string;
  headers?: Record<string, string>;
  status: number;
  errorCode: string;
  cause?: RegExp;
}

const json = (value: unknown) => JSON.stringify(value);
const cases: Case[] = [
  {
    name: 'truncated JSON',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: '{"label":',
    status: 400,
    errorCode: 'E0000003',
  },
  {
    name: 'not JSON at all',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: 'label=x',
    status: 400,
    errorCode: 'E0000003',
  },
  { name: 'JSON array', method: 'POST', path: () => '/api/v1/apps', body: '[]', status: 400, errorCode: 'E0000001' },
  { name: 'JSON null', method: 'POST', path: () => '/api/v1/apps', body: 'null', status: 400, errorCode: 'E0000001' },
  {
    name: 'JSON string',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: '"app"',
    status: 400,
    errorCode: 'E0000001',
  },
  {
    name: 'empty object',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: '{}',
    status: 400,
    errorCode: 'E0000001',
    cause: /signOnMode/,
  },
  {
    name: 'unknown sign-on mode',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, signOnMode: 'TELEPATHY' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /signOnMode/,
  },
  {
    name: 'SAML 1.1 (no custom apps)',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...samlBase, signOnMode: 'SAML_1_1' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /signOnMode/,
  },
  {
    name: 'sign-on mode as number',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, signOnMode: 7 }),
    status: 400,
    errorCode: 'E0000001',
    cause: /signOnMode/,
  },
  {
    name: 'label as number',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, label: 42 }),
    status: 400,
    errorCode: 'E0000001',
    cause: /label/,
  },
  {
    name: 'empty label',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, label: '' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /label/,
  },
  {
    name: 'label over 100 characters',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, label: 'l'.repeat(101) }),
    status: 400,
    errorCode: 'E0000001',
    cause: /label/,
  },
  {
    name: 'duplicate label',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, label: 'Existing' }),
    status: 400,
    errorCode: 'E0000040',
  },
  {
    name: 'bookmark without url',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, settings: { app: {} } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /url/,
  },
  {
    name: 'bookmark url not a URL',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, settings: { app: { url: 'not a url' } } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /(^|\n)settings\.app\.url: /,
  },
  {
    name: 'bookmark javascript: url',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, settings: { app: { url: 'javascript:alert(1)' } } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /(^|\n)settings\.app\.url: /,
  },
  {
    name: 'settings as string',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, settings: 'x' }),
    status: 400,
    errorCode: 'E0000001',
  },
  {
    name: 'SAML without ACS URL',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...samlBase, settings: { signOn: { ...samlBase.settings.signOn, ssoAcsUrl: undefined } } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /ssoAcsUrl/,
  },
  {
    // A config rule, not a payload shape: the cause still names the field the caller sent.
    name: 'SAML ACS URL not http(s)',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({
      ...samlBase,
      settings: { signOn: { ...samlBase.settings.signOn, ssoAcsUrl: 'ftp://acme.example.com/acs' } },
    }),
    status: 400,
    errorCode: 'E0000001',
    cause: /(^|\n)settings\.signOn\.ssoAcsUrl: /,
  },
  {
    name: 'SAML responseSigned as string',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...samlBase, settings: { signOn: { ...samlBase.settings.signOn, responseSigned: 'yes' } } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /responseSigned/,
  },
  {
    name: 'OIDC without grant types',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({
      name: 'oidc_client',
      label: 'O',
      signOnMode: 'OPENID_CONNECT',
      credentials: { oauthClient: {} },
      settings: { oauthClient: { application_type: 'web' } },
    }),
    status: 400,
    errorCode: 'E0000001',
  },
  {
    name: 'OIDC unknown application type',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({
      name: 'oidc_client',
      label: 'O',
      signOnMode: 'OPENID_CONNECT',
      credentials: { oauthClient: {} },
      settings: { oauthClient: { application_type: 'toaster', grant_types: ['authorization_code'] } },
    }),
    status: 400,
    errorCode: 'E0000001',
    cause: /application_type/,
  },
  {
    name: 'username template not built in',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({
      ...bookmark,
      label: 'T',
      credentials: { userNameTemplate: { type: 'BUILT_IN', template: '${evil}' } },
    }),
    status: 400,
    errorCode: 'E0000001',
    cause: /username|userNameTemplate/,
  },
  {
    name: 'custom username expression that does not parse',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({
      ...bookmark,
      label: 'T2',
      credentials: { userNameTemplate: { type: 'CUSTOM', template: 'String.substringBefore(' } },
    }),
    status: 400,
    errorCode: 'E0000001',
  },
  {
    name: 'activate not a boolean',
    method: 'POST',
    path: () => '/api/v1/apps?activate=maybe',
    body: json({ ...bookmark, label: 'A' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /activate/,
  },
  {
    name: 'huge body',
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, label: 'H', notes: huge }),
    status: 413,
    errorCode: 'E0000003',
  },
  {
    name: 'huge body on users',
    method: 'POST',
    path: () => '/api/v1/users',
    body: json({ profile: { login: huge } }),
    status: 413,
    errorCode: 'E0000003',
  },
  ...injection.map((value, index) => ({
    name: `injection in sign-on mode #${index}`,
    method: 'POST',
    path: () => '/api/v1/apps',
    body: json({ ...bookmark, signOnMode: value }),
    status: 400,
    errorCode: 'E0000001',
    cause: /signOnMode/,
  })),
  ...injection.map((value, index) => ({
    name: `injection as app id #${index}`,
    method: 'GET',
    path: () => `/api/v1/apps/${encodeURIComponent(value)}`,
    status: 404,
    errorCode: 'E0000007',
  })),
  {
    name: 'replace with a bad body',
    method: 'PUT',
    path: () => `/api/v1/apps/${appId}`,
    body: json({ ...bookmark, label: '' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /label/,
  },
  {
    name: 'replace unknown app',
    method: 'PUT',
    path: () => '/api/v1/apps/nope',
    body: json(bookmark),
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'delete an active app',
    method: 'DELETE',
    path: () => `/api/v1/apps/${appId}`,
    status: 403,
    errorCode: 'E0000056',
    cause: /lifecycle/,
  },
  {
    name: 'activate unknown app',
    method: 'POST',
    path: () => '/api/v1/apps/nope/lifecycle/activate',
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'list limit out of range',
    method: 'GET',
    path: () => '/api/v1/apps?limit=0',
    status: 400,
    errorCode: 'E0000001',
    cause: /limit/,
  },
  {
    name: 'unsupported filter',
    method: 'GET',
    path: () => '/api/v1/apps?filter=name%20sw%20%22x%22',
    status: 400,
    errorCode: 'E0000001',
    cause: /filter/,
  },
  {
    name: 'assign without id',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/users`,
    body: json({}),
    status: 400,
    errorCode: 'E0000001',
    cause: /id/,
  },
  {
    name: 'assign unknown user',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/users`,
    body: json({ id: 'nobody' }),
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'assign with a 101-character username',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/users`,
    body: json({ id: userId, credentials: { userName: 'u'.repeat(101) } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /credentials\.userName/,
  },
  {
    name: 'assign with profile as array',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/users`,
    body: json({ id: userId, profile: [] }),
    status: 400,
    errorCode: 'E0000001',
    cause: /profile/,
  },
  {
    name: 'group priority as string',
    method: 'PUT',
    path: () => `/api/v1/apps/${appId}/groups/g1`,
    body: json({ priority: 'high' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /priority/,
  },
  {
    name: 'group priority over 100',
    method: 'PUT',
    path: () => `/api/v1/apps/${appId}/groups/g1`,
    body: json({ priority: 101 }),
    status: 400,
    errorCode: 'E0000001',
    cause: /priority/,
  },
  {
    name: 'assign unknown group',
    method: 'PUT',
    path: () => `/api/v1/apps/${appId}/groups/nope`,
    body: json({}),
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'user with a bad email',
    method: 'POST',
    path: () => '/api/v1/users',
    body: json({ profile: { login: 'eve@example.com', email: 'not-mail', firstName: 'E', lastName: 'V' } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /profile\.email/,
  },
  {
    name: 'user missing names',
    method: 'POST',
    path: () => '/api/v1/users',
    body: json({ profile: { login: 'eve@example.com', email: 'eve@example.com' } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /profile\.firstName/,
  },
  {
    name: 'duplicate login',
    method: 'POST',
    path: () => '/api/v1/users',
    body: json({ profile: { login: 'ada@example.com', email: 'ada@example.com', firstName: 'A', lastName: 'L' } }),
    status: 400,
    errorCode: 'E0000001',
    cause: /login/,
  },
  {
    name: 'group without name',
    method: 'POST',
    path: () => '/api/v1/groups',
    body: json({ profile: {} }),
    status: 400,
    errorCode: 'E0000001',
    cause: /profile\.name/,
  },
  {
    name: 'membership of unknown user',
    method: 'PUT',
    path: () => '/api/v1/groups/nope/users/nobody',
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'grant on a bookmark app',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/grants`,
    body: json({ issuer: 'http://127.0.0.1', scopeId: 'okta.users.read' }),
    status: 400,
    errorCode: 'E0000001',
  },
  {
    name: 'grant without scope',
    method: 'POST',
    path: () => `/api/v1/apps/${appId}/grants`,
    body: json({ issuer: 'http://127.0.0.1' }),
    status: 400,
    errorCode: 'E0000001',
    cause: /scopeId/,
  },
  {
    name: 'catalog page size too large',
    method: 'GET',
    path: () => '/api/v1/catalog/apps?pageSize=5000',
    status: 400,
    errorCode: 'E0000001',
    cause: /pageSize/,
  },
  {
    name: 'catalog query too long',
    method: 'GET',
    path: () => `/api/v1/catalog/apps?q=${'q'.repeat(600)}`,
    status: 400,
    errorCode: 'E0000001',
    cause: /q:/,
  },
  {
    name: 'unknown catalog entry',
    method: 'GET',
    path: () => '/api/v1/catalog/apps/%3Cscript%3E',
    status: 404,
    errorCode: 'E0000007',
  },
  {
    name: 'no credentials',
    method: 'GET',
    path: () => '/api/v1/apps',
    headers: { authorization: '' },
    status: 401,
    errorCode: 'E0000011',
  },
  {
    name: 'wrong token',
    method: 'POST',
    path: () => '/api/v1/apps',
    headers: { authorization: 'SSWS wrong' },
    body: json(bookmark),
    status: 401,
    errorCode: 'E0000011',
  },
  {
    name: 'Bearer instead of SSWS',
    method: 'GET',
    path: () => '/api/v1/apps',
    headers: { authorization: 'Bearer x' },
    status: 401,
    errorCode: 'E0000011',
  },
  {
    name: 'cross-origin write',
    method: 'POST',
    path: () => '/api/v1/apps',
    headers: { origin: 'https://evil.example' },
    body: json({ ...bookmark, label: 'Cross' }),
    status: 403,
    errorCode: 'E0000006',
    cause: /origin/,
  },
  {
    name: 'cross-site fetch metadata',
    method: 'DELETE',
    path: () => `/api/v1/apps/${appId}`,
    headers: { 'sec-fetch-site': 'cross-site' },
    status: 403,
    errorCode: 'E0000006',
  },
  { name: 'unknown endpoint', method: 'GET', path: () => '/api/v1/nothing', status: 404, errorCode: 'E0000022' },
];

async function snapshot(): Promise<string> {
  const headers = { authorization: `SSWS ${token}` };
  const parts = await Promise.all(
    [
      '/api/v1/apps',
      '/api/v1/users',
      '/api/v1/groups',
      `/api/v1/apps/${appId}/users`,
      `/api/v1/apps/${appId}/groups`,
    ].map(async (path) => (await fetch(`${server.url}${path}`, { headers })).text()),
  );
  return parts.join('\n');
}

describe('malformed requests', () => {
  beforeAll(async () => {
    ({ server, token } = await startTestServer());
    const headers = { authorization: `SSWS ${token}`, 'content-type': 'application/json' };
    const post = async (path: string, body: unknown) =>
      (await (await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as {
        id: string;
      };
    appId = (await post('/api/v1/apps', { ...bookmark, label: 'Existing' })).id;
    userId = (
      await post('/api/v1/users', {
        profile: { login: 'ada@example.com', email: 'ada@example.com', firstName: 'Ada', lastName: 'L' },
      })
    ).id;
    await post('/api/v1/groups', { profile: { name: 'g' } });
  });
  afterAll(() => server.close());

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name → $status $errorCode, nothing written', async (test) => {
    const before = await snapshot();
    const response = await fetch(`${server.url}${test.path()}`, {
      method: test.method,
      headers: { authorization: `SSWS ${token}`, 'content-type': 'application/json', ...test.headers },
      ...(test.body === undefined ? {} : { body: test.body }),
    });
    const body = (await response.json()) as {
      errorCode: string;
      errorSummary: string;
      errorCauses: { errorSummary: string }[];
      errorId: string;
    };
    expect(response.status).toBe(test.status);
    expect(body.errorCode).toBe(test.errorCode);
    expect(typeof body.errorSummary).toBe('string');
    expect(typeof body.errorId).toBe('string');
    expect(Array.isArray(body.errorCauses)).toBe(true);
    if (test.cause) expect(body.errorCauses.map((cause) => cause.errorSummary).join('\n')).toMatch(test.cause);
    // Neither the token nor an echo of a huge body comes back.
    expect(JSON.stringify(body)).not.toContain(token);
    expect(await snapshot()).toBe(before);
  });
});
