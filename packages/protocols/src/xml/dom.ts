/** Small namespace-aware DOM helpers shared by the SAML and WS-Fed readers (no parser import). */

export const NS = {
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  xenc: 'http://www.w3.org/2001/04/xmlenc#',
  fed: 'http://docs.oasis-open.org/wsfed/federation/200706',
  wsa: 'http://www.w3.org/2005/08/addressing',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Element children of `parent` (any namespace when `ns` is omitted) with the given local name. */
export function childElements(parent: Node, ns: string | undefined, localName: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.localName === localName && (ns === undefined || element.namespaceURI === ns)) out.push(element);
  }
  return out;
}

/** First element child matching, or `undefined`. */
export function firstChild(parent: Node, ns: string | undefined, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/** Every descendant element with that namespace and local name, in document order. */
export function descendants(root: Node, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.localName === localName && element.namespaceURI === ns) out.push(element);
      walk(element);
    }
  };
  walk(root);
  return out;
}

/** Attribute value, or `undefined` when absent (xmldom returns `''` for a missing attribute). */
export function attribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** Text content with surrounding whitespace trimmed. */
export function textOf(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** 1-based line and column of a node, when the parser recorded them. */
export function position(node: Node): string {
  const located = node as Node & { lineNumber?: number; columnNumber?: number };
  return located.lineNumber === undefined ? '' : ` (line ${located.lineNumber}, column ${located.columnNumber ?? 0})`;
}
