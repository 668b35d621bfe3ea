/**
 * The `rel="next"` target of an RFC 8288 `Link` header, or `undefined` at the last page. Okta
 * says to treat the link as opaque, so the URL is followed as given.
 */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  // Split on commas that start a new link value; URLs inside <…> may contain commas.
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match === null) continue;
    const [, url = '', params = ''] = match;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('next')) return url;
  }
  return undefined;
}

/** One page of a list and the opaque URL of the next one. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Absolute URL of the next page; absent on the last page. */
  readonly next?: string;
}

/**
 * Iterates every item across pages, fetching the next page only when the previous one is used up,
 * so breaking out of a `for await` loop stops the requests.
 */
export async function* paginate<T>(
  first: () => Promise<Page<T>>,
  following: (url: string) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let page = await first();
  const seen = new Set<string>();
  while (true) {
    yield* page.items;
    if (page.next === undefined || seen.has(page.next)) return;
    // A server that links a page to itself would loop forever; a repeated link ends the walk.
    seen.add(page.next);
    page = await following(page.next);
  }
}
