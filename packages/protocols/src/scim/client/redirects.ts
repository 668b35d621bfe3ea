/** Most redirects followed for one request. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What to do with a response: use it, follow it to `url`, or refuse the redirect and say why. */
export type RedirectStep =
  | { readonly kind: 'final' }
  | { readonly kind: 'follow'; readonly url: URL; readonly method: string; readonly keepBody: boolean }
  | { readonly kind: 'refuse'; readonly reason: string };

/**
 * Decides a redirect. Only same-origin redirects are followed — a SCIM request carries the
 * credentials and often a person's data, and neither may travel to another host or over a
 * weaker scheme. 303 (and 301/302 after POST) turn into a bodiless GET, as fetch does.
 */
export function redirectStep(response: Response, from: URL, method: string, hops: number): RedirectStep {
  if (!REDIRECT_STATUSES.has(response.status)) return { kind: 'final' };
  const location = response.headers.get('location');
  if (location === null) return { kind: 'final' };
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return { kind: 'refuse', reason: `redirect ${response.status} to an invalid Location` };
  }
  if (target.origin !== from.origin) {
    const weaker = from.protocol === 'https:' && target.protocol !== 'https:';
    const why = weaker ? 'a weaker scheme (https to http)' : 'another origin';
    return { kind: 'refuse', reason: `redirect ${response.status} to ${target.origin} refused: it leads to ${why}` };
  }
  if (hops >= MAX_REDIRECTS) return { kind: 'refuse', reason: `more than ${MAX_REDIRECTS} redirects` };
  const toGet = response.status === 303 ? method !== 'HEAD' : response.status <= 302 && method === 'POST';
  return { kind: 'follow', url: target, method: toGet ? 'GET' : method, keepBody: !toGet };
}
