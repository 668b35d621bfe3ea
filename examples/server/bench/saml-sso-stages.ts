// The pieces of one sandbox SAML SSO request, each timed on its own in this process with the code the
// server runs, so the SAML SSO section can say where a request's time goes and why the budget is out
// of reach. Whatever is not here (HTTP, routing, the session and store reads, the assignment and
// attribute evaluation, garbage collection) is the server's CPU per request minus these.
import { createPrivateKey, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResponse, buildUnsignedResponse, readSamlRequest, type SamlConfig } from '@integrakit/protocols/saml';
import { DOMParser } from '@xmldom/xmldom';
import { checkSigningKey, signResponse } from '../../../packages/protocols/src/saml/response.js';
import { escapeHtml } from '../src/sandbox/page.js';
import { readRedirect } from '../src/sandbox/saml/binding.js';
import { openDatabase } from '../src/store/database.js';
import { median } from './sandbox-bench.js';

/** Rounds of every stage, interleaved so that the machine's other work falls on all of them alike. */
const ROUNDS = 200;
/** Sign-in events the System Log stage writes in one transaction, as the server's queue batches them. */
const LOG_BATCH = 10;

/**
 * A stage of the request and its medians in ms: CPU time of this process (what the stage costs the
 * machine, whatever else runs) and wall time (what it costs a waiting request, preemption included).
 */
export interface StageCost {
  readonly stage: string;
  readonly cpuMs: number;
  readonly wallMs: number;
  /** 99th percentile of the wall times: how long the slow ones wait. */
  readonly wallP99Ms: number;
}

/** Inputs as the bench's requests have them: the app's config, a signing key, and one AuthnRequest query. */
export interface StageInputs {
  readonly config: SamlConfig;
  readonly key: { readonly privateKey: string; readonly certificate: string };
  /** The query string of an HTTP-Redirect AuthnRequest (without `?`). */
  readonly authnRequestQuery: string;
}

/** Median CPU and wall time of each stage of one SSO request over {@link ROUNDS} interleaved rounds. */
export async function stageCosts({ config, key, authnRequestQuery }: StageInputs): Promise<StageCost[]> {
  const user = { nameId: 'bench@example.com', attributes: { email: 'bench@example.com' } };
  const unsignedConfig = { ...config, responseSigned: false, assertionSigned: false };
  const assertionOnly = { ...config, responseSigned: false, assertionSigned: true };
  const responseOnly = { ...config, responseSigned: true, assertionSigned: false };
  const unsigned = await buildResponse(unsignedConfig, user, key);
  const assertionSigned = await signResponse(unsigned, assertionOnly, key);
  const signed = await signResponse(assertionSigned, responseOnly, key);
  const signedInfo = /<ds:SignedInfo[\s\S]*?<\/ds:SignedInfo>/.exec(signed)?.[0] ?? '';
  const privateKey = createPrivateKey(key.privateKey);
  // As the signing worker holds it: checked once.
  const checked = checkSigningKey(key);
  const issuer = 'http://www.okta.com/bench';

  const dataDir = mkdtempSync(join(tmpdir(), 'integrakit-bench-stages-'));
  const db = openDatabase(dataDir);
  db.exec('CREATE TABLE bench_log (id INTEGER PRIMARY KEY, event TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bench_log (event) VALUES (?)');
  const event = JSON.stringify({ eventType: 'user.authentication.sso', padding: 'x'.repeat(900) });

  const stages: [string, () => unknown][] = [
    ['AuthnRequest read (inflate, bounded parse)', () => readSamlRequest(readRedirect(authnRequestQuery).xml)],
    ['Response XML built, unsigned (text, zod)', () => buildUnsignedResponse(unsignedConfig, user, issuer)],
    [
      'Assertion signature (xml-crypto: parse, exc-c14n, SHA-256, RSA, serialize)',
      () => signResponse(unsigned, assertionOnly, checked),
    ],
    [
      'Response signature (same, over the whole signed response)',
      () => signResponse(assertionSigned, responseOnly, checked),
    ],
    [
      '— of these, one RSA-2048 signature of SignedInfo (parsed key)',
      () => sign('sha256', Buffer.from(signedInfo), privateKey),
    ],
    ['— of these, one xmldom parse of the signed response', () => new DOMParser().parseFromString(signed, 'text/xml')],
    ['base64 and the auto-POST form field (escaped)', () => escapeHtml(Buffer.from(signed).toString('base64'))],
    [
      `System Log write of ${LOG_BATCH} queued sign-ins together (BEGIN IMMEDIATE, ${LOG_BATCH} INSERTs, fsynced COMMIT; wall time)`,
      () => {
        db.exec('BEGIN IMMEDIATE');
        for (let row = 0; row < LOG_BATCH; row++) insert.run(event);
        db.exec('COMMIT');
      },
    ],
  ];
  const cpu = stages.map((): number[] => []);
  const wall = stages.map((): number[] => []);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, [, run]] of stages.entries()) {
        const cpuStart = process.cpuUsage();
        const start = process.hrtime.bigint();
        await run();
        wall[index]?.push(Number(process.hrtime.bigint() - start) / 1e6);
        const used = process.cpuUsage(cpuStart);
        cpu[index]?.push((used.user + used.system) / 1000);
      }
    }
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return stages.map(([stage], index) => ({
    stage,
    cpuMs: median(cpu[index] ?? []),
    wallMs: median(wall[index] ?? []),
    wallP99Ms: [...(wall[index] ?? [])].sort((a, b) => a - b)[Math.floor(ROUNDS * 0.99)] ?? Number.NaN,
  }));
}
