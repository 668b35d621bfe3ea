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

/**
 * Nodes stepped over by the walkers in this file. Diagnostic only: the linear-time tests read it to
 * count work instead of timing it.
 */
export const domWork = { steps: 0 };

/** Element children of `parent`, in document order. */
function* elementChildren(parent: Node): Generator<Element> {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    domWork.steps++;
    if (node.nodeType === 1) yield node as Element;
  }
}

const isNamed = (element: Element, ns: string | undefined, localName: string) =>
  element.localName === localName && (ns === undefined || element.namespaceURI === ns);

/** Element children of `parent` (any namespace when `ns` is omitted) with the given local name. */
export function childElements(parent: Node, ns: string | undefined, localName: string): Element[] {
  const out: Element[] = [];
  for (const element of elementChildren(parent)) if (isNamed(element, ns, localName)) out.push(element);
  return out;
}

/** First element child matching, or `undefined`. */
export function firstChild(parent: Node, ns: string | undefined, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/**
 * Every element below `root` in document order, with its depth (1 for a child of `root`). Walks with
 * an explicit stack, never recursion, so that hostile nesting cannot overflow the call stack.
 */
export function* elementsBelow(root: Node): Generator<{ element: Element; depth: number }> {
  const stack: { element: Element; depth: number }[] = [];
  const pushChildren = (node: Node, depth: number) => {
    const children = [...elementChildren(node)].reverse();
    for (const element of children) stack.push({ element, depth });
  };
  pushChildren(root, 1);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    yield next;
    pushChildren(next.element, next.depth + 1);
  }
}

/** Every descendant element with that local name, in document order; any namespace when `ns` is `undefined`. */
export function descendants(root: Node, ns: string | undefined, localName: string): Element[] {
  const out: Element[] = [];
  for (const { element } of elementsBelow(root)) if (isNamed(element, ns, localName)) out.push(element);
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
