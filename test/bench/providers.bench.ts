/**
 * Connectivity "test all" benchmark: `node test/bench/providers.bench.ts` (or `npm run bench providers`).
 *
 * 40 integrations (10 per provider: OpenAI, AWS, Azure, Google Cloud) against the local provider
 * stand-ins through the real SDKs, 4 of them on a provider that never answers. Each integration is
 * first tested on its own, one after another; then all 40 with "test all" (concurrency 4). Prints
 * the "test all" time next to the deadline and next to the sum of the single tests of the same run.
 *
 * The deadline here is 3 s (the app's default is 15 s) to keep the run under a minute; the
 * stand-ins add 100 ms to every answer to stand in for a network round trip.
 *
 * Exit code 1 when a result is not what the stand-in was set up to give, or when "test all" takes
 * more than the deadline plus the sum of the single tests divided by the concurrency (+ 25 %).
 */
import { performance } from 'node:perf_hooks';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import { DEFAULT_TEST_CONCURRENCY } from '../../shared/connection-test.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import { InMemoryVault } from '../providers/support/in-memory-vault.ts';
import {
  registerAws,
  registerAzure,
  registerGoogle,
  registerOpenAi,
  startStandIns,
} from '../providers/support/stand-in-suite.ts';
import type { Account, StandIns } from '../providers/support/stand-in-suite.ts';

const DEADLINE_MS = 3_000;
const LATENCY_MS = 100;
const PER_PROVIDER = 10;
const CONCURRENCY = DEFAULT_TEST_CONCURRENCY;
/** One hanging integration per provider (index % 4 is the provider), spread through the list. */
const HANGING_INDEXES = new Set([3, 12, 21, 30]);

function account(standIns: StandIns, provider: number, hang: boolean): Account {
  switch (provider) {
    case 0:
      return hang
        ? registerOpenAi(standIns, { organization: 'org-BenchHanging1', behaviour: 'hang' })
        : registerOpenAi(standIns);
    case 1:
      return registerAws(standIns, hang ? { behaviour: 'hang' } : {});
    case 2:
      return registerAzure(standIns, hang ? 'hang' : undefined);
    default:
      return registerGoogle(standIns, hang ? 'hang' : undefined);
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const standIns = await startStandIns({ latencyMs: LATENCY_MS });
let failed = false;
try {
  const vault = new InMemoryVault();
  const service = new ConnectionService({
    vault,
    runner: standIns.runner({ deadlineMs: DEADLINE_MS }),
    concurrency: CONCURRENCY,
  });
  const hangingIds = new Set<string>();
  const names = ['OpenAI', 'AWS', 'Azure', 'Google'];
  const providerOf = new Map<string, string>();
  // Providers interleaved.
  for (let i = 0; i < PER_PROVIDER * 4; i += 1) {
    const provider = i % 4;
    const hang = HANGING_INDEXES.has(i);
    const created = account(standIns, provider, hang);
    const integration = vault.seed(
      created.type,
      serializeCredentials(created.type, created.credentials),
      { config: created.config },
    );
    providerOf.set(integration.id, names[provider]!);
    if (hang) hangingIds.add(integration.id);
  }
  const integrations = await vault.list();
  console.log(
    `${integrations.length} integrations (${PER_PROVIDER} per provider, ${hangingIds.size} hanging), deadline ${seconds(DEADLINE_MS)} (the app uses 15 s), stand-in latency ${LATENCY_MS} ms, concurrency ${CONCURRENCY}`,
  );

  // Warm up each SDK once so module loading is not billed to the first single test.
  for (const integration of integrations.filter((i) => !hangingIds.has(i.id)).slice(0, 4)) {
    await service.test(integration.id);
  }

  const single = new Map<string, number>();
  const singleStarted = performance.now();
  for (const integration of integrations) {
    const started = performance.now();
    await service.test(integration.id);
    single.set(integration.id, performance.now() - started);
  }
  const singleWall = performance.now() - singleStarted;
  const sum = [...single.values()].reduce((total, ms) => total + ms, 0);

  const allStarted = performance.now();
  const outcomes = await service.testAll();
  const testAll = performance.now() - allStarted;

  for (const { integrationId, result } of outcomes) {
    const expected = hangingIds.has(integrationId) ? 'timeout' : 'ok';
    const actual = result.ok ? 'ok' : result.errorKind;
    if (actual !== expected) {
      failed = true;
      console.log(
        `✗ ${providerOf.get(integrationId)} ${integrationId}: expected ${expected}, got ${actual} (${result.reason})`,
      );
    }
  }

  console.log('\nsingle tests, median per provider (answering integrations only):');
  for (const name of names) {
    const times = integrations
      .filter((i) => providerOf.get(i.id) === name && !hangingIds.has(i.id))
      .map((i) => single.get(i.id)!)
      .sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(7)} ${times[Math.floor(times.length / 2)]!.toFixed(0).padStart(5)} ms`,
    );
  }
  const bound = DEADLINE_MS + sum / CONCURRENCY;
  console.log('');
  console.log(
    `sum of the ${single.size} single tests:  ${seconds(sum)} (wall ${seconds(singleWall)})`,
  );
  console.log(`deadline per test:             ${seconds(DEADLINE_MS)}`);
  console.log(
    `test all (concurrency ${CONCURRENCY}):     ${seconds(testAll)}  = ${(testAll / DEADLINE_MS).toFixed(2)}× the deadline, ${((testAll / sum) * 100).toFixed(0)} % of the sum`,
  );
  console.log(
    `ideal (sum / concurrency):     ${seconds(sum / CONCURRENCY)}; allowed up to ${seconds(bound * 1.25)}`,
  );
  if (testAll > bound * 1.25) {
    failed = true;
    console.log('✗ test all took longer than the deadline plus the sum over the concurrency');
  } else if (!failed) {
    console.log('✓ every result as set up; test all follows the slowest tests, not their sum');
  }
} finally {
  await standIns.close();
}
process.exit(failed ? 1 : 0);
