import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Db } from '../../store/database.js';

/** The provider's own secrets, generated once per database and never returned by any API. */
export interface ProviderSecrets {
  /** RS256 signing keys (private JWKs with `kid`); ID tokens and access tokens verify against them after a restart. */
  readonly signingKeys: readonly JWK[];
  /** Keys that sign the provider's cookies. */
  readonly cookieKeys: readonly string[];
  /** The org id (`00o…`), Okta's `idp` claim for people signed in by the org. */
  readonly orgId: string;
}

/**
 * Reads the provider's secrets from SQLite, generating whichever is missing (an RSA-2048 key, a
 * cookie key, the org id) in one transaction, so concurrent first starts agree.
 */
export async function loadProviderSecrets(db: Db): Promise<ProviderSecrets> {
  db.exec('CREATE TABLE IF NOT EXISTS sandbox_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const read = db.prepare<[string], { value: string }>('SELECT value FROM sandbox_secrets WHERE name = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO sandbox_secrets (name, value) VALUES (?, ?)');
  if (read.get('signing_keys') === undefined) {
    const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    const kid = randomBytes(16).toString('base64url');
    const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
    db.transaction(() => {
      insert.run('signing_keys', JSON.stringify([jwk]));
      insert.run('cookie_keys', JSON.stringify([randomBytes(32).toString('base64url')]));
      insert.run('org_id', `00o${randomBytes(9).toString('hex')}`);
    })();
  }
  const value = (name: string) => read.get(name)?.value ?? '';
  return {
    signingKeys: JSON.parse(value('signing_keys')),
    cookieKeys: JSON.parse(value('cookie_keys')),
    orgId: value('org_id'),
  };
}
