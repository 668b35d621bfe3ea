/** Why no response arrived, by kind; `network` is any other connection failure. */
export type NetworkFailure = 'refused' | 'dns' | 'tls' | 'reset' | 'network';

/** A failed fetch's kind and a one-line reason naming the system error code. */
export function describeNetworkFailure(error: unknown): { kind: NetworkFailure; reason: string } {
  const code = systemCode(error);
  if (code === 'ECONNREFUSED')
    return { kind: 'refused', reason: 'connection refused (ECONNREFUSED): nothing listens there' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return { kind: 'dns', reason: `DNS lookup failed (${code}): the host name does not resolve` };
  }
  if (code !== undefined && TLS.test(code)) return { kind: 'tls', reason: `TLS handshake failed (${code})` };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
    return { kind: 'reset', reason: `the server closed the connection (${code})` };
  }
  return { kind: 'network', reason: `connection error${code === undefined ? '' : ` (${code})`}` };
}

// OpenSSL's certificate verdicts and Node's ERR_TLS_* / ERR_SSL_* codes.
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO)/;

/** The `code` of the error or of the first error in its `cause` chain that has one. */
function systemCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
