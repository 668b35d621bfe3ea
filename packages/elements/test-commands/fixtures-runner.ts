import {
  CLIENT_ID,
  idpCertificate,
  idToken,
  ORG,
  oidcApp,
  samlApp,
  samlResponses,
} from '../../core/src/inspection/__fixtures__/pasted.js';

/** What the inspector's browser tests paste, and the apps it is checked against. */
export async function inspectorFixtures() {
  const now = new Date();
  return {
    org: ORG,
    clientId: CLIENT_ID,
    idToken: idToken(now),
    expiredIdToken: idToken(new Date(now.getTime() - 3 * 3600_000)),
    saml: await samlResponses(now),
    oidcApp,
    samlApp,
    idpCertificate,
  };
}

process.stdout.write(JSON.stringify(await inspectorFixtures()));
