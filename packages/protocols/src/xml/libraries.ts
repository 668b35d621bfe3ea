/**
 * The XML libraries the Node-only SAML and WS-Fed code loads on first use, each imported once:
 * an `import()` per call goes through the module loader every time (and through its hooks in a
 * loader such as tsx), which a profile of one SAML sign-in showed costing more than the signing's
 * own XML work. A failed import is retried on the next call.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** xml-crypto (signing and verifying). */
export const loadXmlCrypto = once(() => import('xml-crypto'));
/** xmlbuilder2 (building messages). */
export const loadXmlBuilder = once(() => import('xmlbuilder2'));
/** The hardened, bounded XML parser. */
export const loadXmlParser = once(() => import('./parse.js'));
