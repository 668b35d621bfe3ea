/**
 * Run in a child process (`node --max-old-space-size=… --import tsx hostile-child.ts BASE KIND
 * RSS_LIMIT_MB`): points the SCIM client (`KIND` = `client`) or `testConnector` (`connector`) at
 * `BASE`, prints one JSON line with the outcome and the peak RSS, and exits 3 if RSS ever passes
 * the limit — so a memory blow-up ends as a clean verdict instead of starving the machine.
 */
import { createClient } from '../client/client.js';
import { testConnector } from '../connector/test-connector.js';
import { define } from '../define.js';

const [baseUrl = '', kind = 'client', limitMb = '256'] = process.argv.slice(2);
const limit = Number(limitMb) * 1024 * 1024;
let peak = process.memoryUsage.rss();
const watchdog = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
  if (peak > limit) {
    process.stdout.write(`${JSON.stringify({ outcome: 'rss-limit', peakRssMb: Math.round(peak / 2 ** 20) })}\n`);
    process.exit(3);
  }
}, 10);

const config = define({ baseUrl, actions: ['pushNewUsers'], auth: { type: 'bearer', token: 'hostile-test-token' } });

async function run(): Promise<Record<string, unknown>> {
  if (kind === 'connector') {
    const report = await testConnector(config, { timeout: 2000, retries: 0, probeUser: true });
    const failed = report.checks.filter((check) => !check.ok).map((check) => check.message);
    return { outcome: report.ok ? 'ok' : 'failed', firstFailure: failed[0] };
  }
  try {
    await createClient(config, { timeout: 5000, retries: 0 }).users.list();
    return { outcome: 'ok' };
  } catch (error) {
    const { name, code, failure } = error as { name?: string; code?: string; failure?: string };
    return { outcome: 'error', name, code, failure };
  }
}

const result = await run();
clearInterval(watchdog);
peak = Math.max(peak, process.memoryUsage.rss());
process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: Math.round(peak / 2 ** 20) })}\n`);
