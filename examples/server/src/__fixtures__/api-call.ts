/** One raw API response as the server tests read it. */
export interface ApiResponse {
  readonly status: number;
  readonly text: string;
  /** Parsed JSON for JSON bodies, else the text. */
  // biome-ignore lint/suspicious/noExplicitAny: tests index into whatever Okta shape the route returns.
  readonly json: any;
  readonly etag: string | null;
  readonly link: string;
}

/**
 * `call(method, path, body?, headers?)` against the server `target()` names with its SSWS token —
 * raw `fetch`, so tests see status codes, headers and bodies exactly as a client would.
 */
export function apiCaller(target: () => { readonly url: string; readonly token: string }) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const { url, token } = target();
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        Authorization: `SSWS ${token}`,
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') && text !== '' ? JSON.parse(text) : text;
    return {
      status: response.status,
      text,
      json,
      etag: response.headers.get('etag'),
      link: response.headers.get('link') ?? '',
    } satisfies ApiResponse as ApiResponse;
  };
}

/** An Okta bookmark app body: the cheapest app to create where a test needs one. */
export const bookmarkApp = (label: string) => ({
  name: 'bookmark',
  label,
  signOnMode: 'BOOKMARK',
  settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
});
