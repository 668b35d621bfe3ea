import { abortReason } from '../client/fetch-bounded.js';
import type { InteropProfileName } from '../client/profiles.js';
import { createTransport, jsonKind, type TransportOptions } from '../client/transport.js';
import type { ProvisioningAction, ScimConfig } from '../scim.schema.js';
import { ProbeContext, pathOf } from './context.js';
import { checkAuth, discover } from './discovery.js';
import { checkGroupList, checkProfiles } from './groups.js';
import type { ActionSupport, ConnectorReport, ServerCapabilities } from './report.js';
import { checkReads, checkWrites, createProbe, createSecondProbe, deleteProbe, type ProbeUser } from './users.js';

/** Options of {@link testConnector}. */
export interface TestConnectorOptions extends Omit<TransportOptions, 'onExchange'> {
  /**
   * Create, find, update, deactivate and delete a probe user (and, for profiles, a probe group).
   * `true` picks a random `integrakit-probe-…@example.com`. Without it the test only reads.
   * @default false
   */
  readonly probeUser?: boolean | Partial<ProbeUser>;
  /**
   * Interop profiles to try: each sends the request shapes of that IdP to fresh probe resources
   * and reports which the server handles. Needs `probeUser`.
   * @default []
   */
  readonly profiles?: readonly Exclude<InteropProfileName, 'rfc'>[];
  /**
   * Milliseconds the whole test may take. When it passes, requests in flight are aborted, the
   * remaining checks fail at once with "the connector test's deadline … passed", and the report
   * has a failed `deadline` check (probe users may then remain on the server).
   * @default 60000
   */
  readonly deadline?: number;
}

/** Default of {@link TestConnectorOptions.deadline}: one minute. */
export const DEFAULT_CONNECTOR_DEADLINE = 60_000;

/**
 * Tests a SCIM connector like the Admin Console's "Test Connector Configuration", and more:
 * discovery, auth (right and wrong), Okta's SPEC-test checks, filter, paging and PATCH support
 * against what the server claims, optionally a probe user's whole lifecycle and the interop
 * profiles. Never throws for server behaviour and never hangs: every request has a timeout and
 * the whole run a deadline. With a probe user it also creates a second one, so filter and paging
 * checks see more than one user; both are deleted at the end.
 */
export async function testConnector(config: ScimConfig, options: TestConnectorOptions = {}): Promise<ConnectorReport> {
  const deadline = options.deadline ?? DEFAULT_CONNECTOR_DEADLINE;
  const stop = new AbortController();
  const timer = setTimeout(
    () => stop.abort(new Error(`the connector test's deadline of ${deadline} ms passed`)),
    deadline,
  );
  try {
    return await run(config, options, stop.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function run(config: ScimConfig, options: TestConnectorOptions, signal: AbortSignal): Promise<ConnectorReport> {
  const transport = createTransport(config, { ...options, timeout: options.timeout ?? 10_000, signal });
  const ctx = new ProbeContext(config, transport);
  const capabilities = await discover(ctx);
  await checkAuth(ctx);

  const probe = probeFrom(options.probeUser);
  const probeId = probe ? await createProbe(ctx, probe) : undefined;
  const secondId = probe && probeId !== undefined ? await createSecondProbe(ctx, secondProbe(probe)) : undefined;
  await checkReads(ctx, probeId === undefined ? undefined : probe);
  if (probe && probeId !== undefined) await checkWrites(ctx, probeId, probe, capabilities);
  await checkGroupList(ctx, capabilities);

  const profileNames = options.profiles ?? [];
  const profiles = probe && profileNames.length > 0 ? await checkProfiles(ctx, profileNames, probe, capabilities) : {};
  for (const name of profileNames) {
    if (!probe) {
      profiles[name] = { ok: false, description: 'not run: profiles need probeUser', requests: [] };
    }
  }
  if (probeId !== undefined) await deleteProbe(ctx, probeId, 'probe.delete');
  if (secondId !== undefined) await deleteProbe(ctx, secondId, 'probe.second.delete');

  await ctx.check('http.contentType', async () => {
    const wrong = ctx.exchanges.filter((e) => e.status !== 0 && e.text !== '' && jsonKind(e.contentType) === 'other');
    if (wrong.length > 0) {
      const list = wrong
        .slice(0, 3)
        .map((e) => `${e.method} ${pathOf(e.url, config.baseUrl)} → ${e.contentType ?? '(none)'}`);
      return { ok: false, message: `responses not application/scim+json: ${list.join(', ')}` };
    }
    const plain = ctx.exchanges.filter((e) => jsonKind(e.contentType) === 'json').length;
    return {
      ok: true,
      message:
        plain === 0
          ? 'every response is application/scim+json'
          : `${plain} responses are application/json, which Okta accepts; RFC 7644 §8.1 asks for application/scim+json`,
    };
  });

  if (signal.aborted) {
    await ctx.check('deadline', async () => ({
      ok: false,
      message: `${abortReason(signal)}: later requests were not sent${probeId === undefined ? '' : '; probe users may remain'}`,
    }));
  }

  return {
    ok: ctx.checks.every((check) => check.ok || check.severity === 'warning'),
    checks: ctx.checks,
    capabilities,
    actions: config.actions.map((action) => support(action, capabilities, ctx)),
    profiles,
  };
}

function probeFrom(option: TestConnectorOptions['probeUser']): ProbeUser | undefined {
  if (option === undefined || option === false) return undefined;
  const given = option === true ? {} : option;
  const userName = given.userName ?? `integrakit-probe-${crypto.randomUUID().slice(0, 8)}@example.com`;
  return {
    userName,
    givenName: given.givenName ?? 'Integrakit',
    familyName: given.familyName ?? 'Probe',
    email: given.email ?? userName,
  };
}

/** The second probe user: the first one's userName with `-second` before the `@`. */
function secondProbe(first: ProbeUser): ProbeUser {
  const at = first.userName.lastIndexOf('@');
  const userName =
    at < 0 ? `${first.userName}-second` : `${first.userName.slice(0, at)}-second${first.userName.slice(at)}`;
  return { ...first, userName, email: userName, givenName: `${first.givenName}Second` };
}

/** What a chosen action needs from the server, judged from the claims and the checks that ran. */
function support(action: ProvisioningAction, capabilities: ServerCapabilities, ctx: ProbeContext): ActionSupport {
  const groups = capabilities.resourceTypes.includes('Group');
  const patchWorks = capabilities.patch && !ctx.checks.some((c) => c.id === 'probe.patch' && !c.ok);
  const rule = ((): [boolean, string] => {
    switch (action) {
      case 'importNewUsersAndProfileUpdates':
        return [
          ctx.passed('users.list') && !ctx.checks.some((c) => c.id === 'users.paging' && !c.ok),
          'import reads /Users page by page with startIndex/count',
        ];
      case 'pushNewUsers':
        return [
          ctx.passed('users.filter.none') && !ctx.checks.some((c) => c.id === 'probe.create' && !c.ok),
          'Okta looks the user up with filter=userName eq, then POSTs /Users',
        ];
      case 'pushProfileUpdates':
        return [
          !ctx.checks.some((c) => c.id === 'probe.replace' && !c.ok),
          'Okta pushes profile updates with PUT /Users/{id}',
        ];
      case 'pushGroups':
        return [groups && patchWorks, 'Group Push creates /Groups and changes members with PATCH'];
      case 'importGroups':
        return [groups && !ctx.checks.some((c) => c.id === 'groups.list' && !c.ok), 'group import reads /Groups'];
      case 'pushUserDeactivation':
      case 'reactivateUsers':
        return [patchWorks, 'Okta (de)activates with PATCH replace active'];
      case 'syncPassword':
        return [capabilities.changePassword, 'Sync Password needs changePassword.supported'];
    }
  })();
  return { action, supported: rule[0], reason: rule[1] };
}
