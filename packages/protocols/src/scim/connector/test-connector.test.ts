import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerConfig, randomCredentials, secretsOf } from '../__fixtures__/config.js';
import { type ScimmyPeer, startScimmyPeer } from '../__fixtures__/scimmy-server.js';
import type { ConnectorReport } from './report.js';
import { testConnector } from './test-connector.js';

const credentials = randomCredentials();
let peer: ScimmyPeer;
let report: ConnectorReport;
beforeAll(async () => {
  peer = await startScimmyPeer(credentials, { seedUsers: 2 });
  report = await testConnector(bearerConfig(peer.baseUrl, credentials.token), {
    timeout: 800,
    probeUser: true,
    profiles: ['okta', 'entra'],
  });
});
afterAll(() => peer.close());

const check = (id: string) => report.checks.find((c) => c.id === id);

describe('testConnector against scimmy on loopback', () => {
  it('passes every error-severity check', () => {
    const failed = report.checks.filter((c) => !c.ok && c.severity === 'error');
    expect(failed.map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('runs the probe user lifecycle and the read checks', () => {
    for (const id of [
      'probe.absent',
      'probe.create',
      'probe.read',
      'probe.duplicate',
      'users.list',
      'users.get',
      'users.notFound',
      'users.filter.none',
      'users.filter.match',
      'users.paging',
      'probe.replace',
      'probe.patch',
      'probe.deactivate',
      'probe.delete',
      'auth.accepted',
      'auth.refused',
    ]) {
      expect(check(id), id).toMatchObject({ ok: true, skipped: false });
    }
  });

  it("flags scimmy's case-sensitive userName filter as a warning", () => {
    // SCIMMY's filter compares userName case-sensitively although RFC 7643 declares it caseExact: false.
    expect(check('users.filter.caseInsensitive')).toMatchObject({ ok: false, severity: 'warning' });
  });

  it('reports the capabilities scimmy claims and what they mean for each action', () => {
    expect(report.capabilities).toMatchObject({ patch: true, filter: { supported: true }, changePassword: false });
    expect(report.capabilities.resourceTypes).toEqual(expect.arrayContaining(['User', 'Group']));
    expect(report.actions.every((a) => a.supported)).toBe(true);
  });

  it('attaches HTTP evidence to each check', () => {
    const evidence = check('users.notFound')?.evidence[0];
    expect(evidence).toMatchObject({ method: 'GET', status: 404 });
    expect(evidence?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users\//);
    expect(evidence?.excerpt).toContain('not found');
  });

  it('reports per interop profile which requests scimmy handles', () => {
    const summary = Object.fromEntries(
      Object.entries(report.profiles).map(([name, p]) => [
        name,
        Object.fromEntries(p.requests.map((r) => [r.id, r.ok])),
      ]),
    );
    // Okta's shapes all work on scimmy. Entra's string boolean does not: SCIMMY type-checks
    // `active` and refuses "False" (interop-peers §5.2 found the same with Microsoft's tests).
    expect(summary.okta).toEqual({
      'okta.deactivate-replace-without-path': true,
      'okta.reactivate-replace-without-path': true,
      'okta.group-add-member': true,
      'okta.group-remove-member-by-filter': true,
      'okta.group-push-empty-members': true,
    });
    expect(summary.entra).toEqual({
      'entra.capitalised-op': true,
      'entra.deactivate-string-boolean': false,
      'entra.filtered-path': true,
      'entra.group-add-member': true,
      'entra.group-remove-member-by-value': true,
    });
    const refused = report.profiles.entra?.requests.find((r) => r.id === 'entra.deactivate-string-boolean');
    expect(refused?.message).toMatch(/^PATCH \/Users\/[\w-]+ answered 400, expected 200 or 204/);
    expect(report.profiles.entra?.ok).toBe(false);
  });

  it('never shows a secret in the report', () => {
    const text = JSON.stringify(report);
    for (const secret of secretsOf(credentials)) expect(text).not.toContain(secret);
  });
});
