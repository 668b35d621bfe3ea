import type { Context } from 'hono';
import type { ServerContext } from '../../context.js';
import type { StoredUser } from '../../store/directory.js';
import type { Sandbox } from '../index.js';
import { escapeHtml } from '../page.js';
import { issueSamlResponse } from './issue.js';
import { autoPostPage } from './post-page.js';
import type { SamlRequestError } from './request-error.js';
import type { SandboxApp } from './sandbox-apps.js';
import { type ResponseSigner, SigningBusyError, SigningFailedError } from './signing-pool.js';
import { recordSso } from './sso-log.js';
import { type AssertionSubject, assertionSubject } from './subject.js';

/** Where a sign-in's answer goes: the ACS (or reply URL) the assertion names, and the post target. */
export interface SignInTarget {
  /** Destination/Recipient of the response: the app's ACS (SAML) or reply URL (WS-Fed). */
  readonly acs: string;
  readonly inResponseTo?: string | undefined;
  readonly relayState?: string | undefined;
  /** Where the browser posts it, when not `acs` (the built-in test SP). */
  readonly postTo?: string;
}

/**
 * The last step of every sandbox SAML and WS-Fed sign-in: the person must be assigned (else
 * Okta's 403 page), their subject is evaluated for the app, the app's active key signs, the
 * System Log records it, and the browser carries the answer to the app by auto-POST.
 */
export function createDelivery(ctx: ServerContext, sandbox: Sandbox, signer: ResponseSigner) {
  const subjectOf = async (app: SandboxApp, user: StoredUser): Promise<AssertionSubject | undefined> => {
    const appUser = await sandbox.appUser(app.integration.id, user.id);
    if (appUser === null) return undefined;
    const groupIds = await ctx.directory.groupsOf(user.id);
    const groupNames = groupIds.flatMap((id) => ctx.directory.group(id)?.profile.name ?? []);
    if (app.protocol === 'saml') return assertionSubject(app.config, user, appUser, groupNames);
    return assertionSubject(wsfedStatements(app.config), user, appUser, groupNames);
  };

  return {
    /** Signs `user` in to `app`, answering to `target`; a Response to return from the route. */
    async signIn(c: Context, app: SandboxApp, user: StoredUser, target: SignInTarget): Promise<Response> {
      const subject = await subjectOf(app, user);
      if (subject === undefined) {
        await recordSso(ctx, c, app.integration, user, 'User is not assigned to the app');
        return sandbox.notAssigned(c, app.integration, user);
      }
      const key = ctx.keys.active(app.integration.id);
      if (key === undefined) {
        await recordSso(ctx, c, app.integration, user, 'The app has no active signing key');
        return refusedPage(c, sandbox, 'The app has no active signing key; generate one and activate it.', 500);
      }
      const post = target.postTo ?? target.acs;
      let fields: Record<string, string | undefined>;
      if (app.protocol === 'saml') {
        let response: string;
        try {
          response = await issueSamlResponse(app.config, key, app.urls.issuer, subject, target, signer);
        } catch (error) {
          if (error instanceof SigningBusyError) {
            return c.text('Too many sign-ins are being signed; try again shortly.', 503, { 'Retry-After': '1' });
          }
          if (!(error instanceof SigningFailedError)) throw error;
          await recordSso(ctx, c, app.integration, user, 'Signing the response failed');
          return refusedPage(c, sandbox, 'Signing the response failed; try signing in again.', 500);
        }
        fields = { SAMLResponse: response, RelayState: target.relayState };
      } else {
        const { buildSignInResponse } = await import('@integrakit/protocols/wsfed');
        const wresult = await buildSignInResponse(
          { ...app.config, replyUrl: target.acs },
          { nameId: subject.nameId, attributes: subject.attributes },
          { privateKey: key.privateKey, certificate: key.certificate },
          { issuer: app.urls.issuer, realm: wsfedRealm(app) },
        );
        fields = { wa: 'wsignin1.0', wresult, wctx: target.relayState };
      }
      const page = autoPostPage(c, post, fields);
      await recordSso(ctx, c, app.integration, user, undefined, page);
      return page;
    },
    /** The refusal page of a bad request, recorded as a failed sign-in. */
    async refuse(c: Context, app: SandboxApp, error: SamlRequestError): Promise<Response> {
      await recordSso(ctx, c, app.integration, sandbox.currentPerson(c)?.user, `Invalid request: ${error.message}`);
      return refusedPage(c, sandbox, error.message, 400);
    },
  };
}

/** {@link createDelivery}'s service. */
export type Delivery = ReturnType<typeof createDelivery>;

/** The realm a WS-Fed app answers to: its configured realm, else Okta's generated `urn:okta:app:{id}`. */
export const wsfedRealm = (app: SandboxApp) =>
  (app.protocol === 'wsfed' ? app.config.realm : undefined) ?? `urn:okta:app:${app.integration.id}`;

/**
 * WS-Fed's statements in the SAML shape the subject evaluator reads: `${expr}` values are
 * expressions, others literals; the group filter is a regular expression over group names.
 */
function wsfedStatements(config: Extract<SandboxApp, { protocol: 'wsfed' }>['config']) {
  return {
    attributeStatements: config.attributeStatements.map((s) => ({
      name: s.name,
      nameFormat: s.nameFormat ?? ('unspecified' as const),
      values: [/^\$\{(.+)\}$/.exec(s.value)?.[1] ?? JSON.stringify(s.value)],
    })),
    groupAttributeStatements:
      config.groupName === undefined || config.groupFilter === undefined
        ? []
        : [
            {
              name: config.groupName,
              nameFormat: 'unspecified' as const,
              filterType: 'REGEX' as const,
              filterValue: config.groupFilter,
            },
          ],
  };
}

function refusedPage(c: Context, sandbox: Sandbox, message: string, status: 400 | 500): Response {
  return sandbox.page(c, {
    title: 'Sign-in request refused',
    status: status as 400,
    body: `      <h1>Sign-in request refused</h1>
      <p class="error" role="alert">${escapeHtml(message)}</p>`,
  });
}
