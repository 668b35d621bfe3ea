import type { ScimConfig } from '../scim.schema.js';

const REDACTED = '[redacted]';

/**
 * Removes the config's secrets and any `Bearer`/`Basic` credential from text, for bodies a server
 * might echo credentials into and for messages built from them.
 */
export function redactor(config: ScimConfig): (text: string) => string {
  const auth = config.auth;
  const secret = auth.type === 'bearer' ? auth.token : auth.type === 'basic' ? auth.password : auth.clientSecret;
  const value = secret.reveal();
  return (text) =>
    text
      .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`)
      .split(value)
      .join(REDACTED);
}
