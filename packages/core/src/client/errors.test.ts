import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Loopback, oktaApp, renderings, sendJson, startLoopback } from './__fixtures__/loopback.js';
import { ApiError, createClient, isApiError } from './index.js';

const TOKEN = '00ErrorMappingToken-abcdefghijklmnop';

// Each path answers the way an Okta org does in one error situation.
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((request, res) => {
    const id = { 'x-okta-request-id': 'req-123' };
    switch (request.url.split('?')[0]) {
      case '/api/v1/apps':
        return sendJson(
          res,
          400,
          {
            errorCode: 'E0000001',
            errorSummary: 'Api validation failed: label',
            errorLink: 'E0000001',
            errorId: 'oaeABC',
            errorCauses: [{ errorSummary: 'label: must not be empty' }, { errorSummary: 'signOnMode: unknown' }],
          },
          id,
        );
      case '/api/v1/apps/single-cause':
        return sendJson(res, 403, {
          errorCode: 'E0000006',
          errorSummary: 'You do not have permission',
          errorCauses: { errorSummary: 'scope okta.apps.manage is missing' },
        });
      case '/api/v1/apps/missing':
        return sendJson(
          res,
          404,
          {
            errorCode: 'E0000007',
            errorSummary: 'Not found: Resource not found: missing (AppInstance)',
            errorCauses: [],
          },
          id,
        );
      case '/api/v1/apps/gateway':
        return res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
      case '/api/v1/apps/echo':
        // A hostile server echoing the Authorization header back in its error text.
        return sendJson(res, 401, {
          errorCode: 'E0000011',
          errorSummary: `Invalid token provided: ${request.headers.authorization}`,
          errorCauses: [{ errorSummary: `token ${request.headers.authorization?.slice(5)} is unknown` }],
        });
      case '/api/v1/catalog/apps/nope':
        return sendJson(res, 404, { errorCode: 'E0000007', errorSummary: 'Not found', errorCauses: [] });
      case '/api/v1/apps/not-json':
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": ');
      case '/api/v1/apps/wrong-shape':
        return sendJson(res, 200, { ...oktaApp('0oa1'), status: 'EXPLODED' });
      default:
        return sendJson(res, 500, { errorCode: 'E0000009', errorSummary: 'Internal Server Error', errorCauses: [] });
    }
  });
});
afterAll(() => server.close());

const client = () => createClient({ orgUrl: server.url, token: TOKEN, timeout: 5_000 });
const failure = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

const consoles = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const spies = consoles.map((method) => vi.spyOn(console, method));
afterEach(() => {
  // Nothing the client did may print the token.
  for (const spy of spies) for (const args of spy.mock.calls) expect(renderings(args)).not.toContain(TOKEN);
});

describe('ApiError mapping', () => {
  it("maps Okta's error JSON with causes, errorId and the request id", async () => {
    const error = await failure(client().apps.create({ label: '', signOnMode: 'NOPE' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'ERR_API',
      status: 400,
      errorCode: 'E0000001',
      errorSummary: 'Api validation failed: label',
      errorId: 'oaeABC',
      requestId: 'req-123',
      method: 'POST',
      path: '/api/v1/apps',
      errorCauses: [{ errorSummary: 'label: must not be empty' }, { errorSummary: 'signOnMode: unknown' }],
    });
    expect((error as Error).message).toBe('POST /api/v1/apps failed with 400 E0000001: Api validation failed: label');
  });

  it('accepts a single errorCauses object as one cause', async () => {
    const error = await failure(client().apps.get('single-cause'));
    expect(error).toMatchObject({ status: 403, errorCauses: [{ errorSummary: 'scope okta.apps.manage is missing' }] });
    expect((error as ApiError).requestId).toBeUndefined();
  });

  it('maps a non-JSON error body to an ApiError with just the status', async () => {
    const error = await failure(client().apps.get('gateway'));
    expect(error).toMatchObject({ status: 502, errorCode: undefined, errorSummary: undefined, errorCauses: [] });
  });

  it('keeps the query in `path` and encodes path segments', async () => {
    const error = await failure(client().apps.get('a/b?c'));
    expect(error).toMatchObject({ status: 500, path: '/api/v1/apps/a%2Fb%3Fc' });
  });

  it('resolves catalog.entry to undefined on 404 but throws for apps.get', async () => {
    expect(await client().catalog.entry('nope')).toBeUndefined();
    expect(await failure(client().apps.get('missing'))).toMatchObject({ status: 404, errorCode: 'E0000007' });
  });

  it('rejects malformed or wrongly shaped success bodies instead of returning them', async () => {
    await expect(client().apps.get('not-json')).rejects.toBeInstanceOf(SyntaxError);
    await expect(client().apps.get('wrong-shape')).rejects.toThrow(/status/);
  });

  it('guards realm-safely by name, code, status and errorCode', async () => {
    const error = await failure(client().apps.get('missing'));
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 404)).toBe(true);
    expect(isApiError(error, 'E0000007')).toBe(true);
    expect(isApiError(error, 400)).toBe(false);
    // Another realm's copy is a plain object with the same fields.
    expect(isApiError(structuredClone({ ...(error as ApiError), name: 'ApiError' }))).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError({ name: 'ApiError', code: 'ERR_API' })).toBe(false);
  });
});

describe('the API token', () => {
  it('is sent only in the Authorization header and never appears in any error', async () => {
    const errors = await Promise.all(
      ['single-cause', 'missing', 'gateway', 'echo', 'boom'].map((id) => failure(client().apps.get(id))),
    );
    errors.push(await failure(client().apps.create({ label: TOKEN.slice(0, 4), signOnMode: 'X' })));
    for (const error of errors) {
      expect(isApiError(error)).toBe(true);
      expect(renderings(error)).not.toContain(TOKEN);
      expect(Object.values(error as object).some((value) => value instanceof Request || value instanceof Headers)).toBe(
        false,
      );
    }
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe(`SSWS ${TOKEN}`);
      expect(request.url).not.toContain(TOKEN);
    }
  });

  it('is redacted when a server echoes it in error text', async () => {
    const error = await failure(client().apps.get('echo'));
    expect(error).toMatchObject({
      status: 401,
      errorSummary: 'Invalid token provided: SSWS [redacted]',
      errorCauses: [{ errorSummary: 'token [redacted] is unknown' }],
    });
  });

  it('refuses empty tokens and header injection', () => {
    expect(() => createClient({ orgUrl: server.url, token: '' })).toThrow(TypeError);
    expect(() => createClient({ orgUrl: server.url, token: 'abc\r\nX-Evil: 1' })).toThrow(TypeError);
    expect(() => createClient({ orgUrl: 'file:///etc/passwd', token: TOKEN })).toThrow(TypeError);
  });
});
