/**
 * Connectivity "test all" benchmark: `node test/bench/providers.bench.ts` (or `npm run bench providers`).
 *
 * 80 integrations spread over every provider, against the local provider stand-ins through the
 * real SDKs, 8 of them on a provider account that never answers (one per provider at the head of
 * the list, where a fixed pool would stall on them, and the rest in the middle). Each integration is first
 * tested on its own (one after another; the hanging ones together, as each just waits for the
 * deadline); then all 80 with "test all" (per provider host and in all, the app's limits). Prints
 * the "test all" wall time against max(deadline, slowest single test) as a ratio: the target is
 * 1.15, i.e. test all takes about as long as its slowest test, not the sum over a pool.
 *
 * "Test all" starts the integrations whose last test ran out of time first. The target is for that
 * usual case (a provider that hangs now hung last time too). The first "test all" over rows never
 * tested (nothing known) is printed as well: there a hanging test late in a host's queue starts
 * only when a slot of its host frees, so it can end up to (its host's tests / per-host limit) ×
 * latency after the deadline.
 *
 * Every stand-in runs on 127.0.0.1 on its own port: the per-host limit counts host and port, as
 * each real provider has its own host name.
 *
 * The deadline here is 3 s (the app's default is 15 s) to keep the run under a minute; the
 * stand-ins add 100 ms to every answer to stand in for a network round trip. The per-integration
 * rate limit of manual tests (10 a minute) is raised here: the bench tests each integration
 * several times, and the limit is not what is measured.
 *
 * Exit code 1 when a result is not what the stand-in was set up to give, or when the ratio is over
 * the target.
 */
import { performance } from 'node:perf_hooks';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import { DEFAULT_TESTS_AT_ONCE, DEFAULT_TESTS_PER_HOST } from '../../shared/connection-test.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import { InMemoryVault } from '../providers/support/in-memory-vault.ts';
import {
  registerAws,
  registerAzure,
  registerAzureOpenAi,
  registerGoogle,
  registerKeyOnly,
  registerOpenAi,
  registerOpenAiCompatible,
  startStandIns,
} from '../providers/support/stand-in-suite.ts';
import type { Account, StandIns } from '../providers/support/stand-in-suite.ts';

const DEADLINE_MS = 3_000;
const LATENCY_MS = 100;
const INTEGRATIONS = 80;
const TARGET_RATIO = 1.15;

/** One way to register a working or a hanging account per provider; the list is the bench's mix. */
const PROVIDERS: { name: string; register: (standIns: StandIns, hang: boolean) => Account }[] = [
  {
    name: 'OpenAI',
    register: (s, hang) =>
      hang
        ? registerOpenAi(s, { organization: 'org-BenchHanging1', behaviour: 'hang' })
        : registerOpenAi(s),
  },
  { name: 'AWS', register: (s, hang) => registerAws(s, hang ? { behaviour: 'hang' } : {}) },
  { name: 'Azure', register: (s, hang) => registerAzure(s, hang ? 'hang' : undefined) },
  { name: 'Google', register: (s, hang) => registerGoogle(s, hang ? 'hang' : undefined) },
  {
    name: 'Groq',
    register: (s, hang) => registerOpenAiCompatible(s, 'groq', hang ? { behaviour: 'hang' } : {}),
  },
  ...(
    [
      ['Anthropic', 'anthropic'],
      ['Gemini', 'gemini'],
      ['Mistral', 'mistral'],
    ] as const
  ).map(([name, type]) => ({
    name,
    register: (s: StandIns, hang: boolean) =>
      registerKeyOnly(s, type, hang ? { behaviour: 'hang' } : {}),
  })),
  {
    name: 'Azure OpenAI',
    register: (s, hang) => registerAzureOpenAi(s, hang ? { behaviour: 'hang' } : {}),
  },
];
/** 8 hanging integrations: the first round of the list (one per provider, the first eight). */
const HANGING = 8;
const HANGING_INDEXES = new Set(
  PROVIDERS.flatMap((_, p) => [p, Math.floor(INTEGRATIONS / 2) + p])
    .sort((a, b) => a - b)
    .slice(0, HANGING),
);

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const standIns = await startStandIns({ latencyMs: LATENCY_MS });
let failed = false;
try {
  const vault = new InMemoryVault();
  const service = new ConnectionService({
    vault,
    runner: standIns.runner({ deadlineMs: DEADLINE_MS }),
    rateLimit: { limit: 1_000 },
  });
  const hangingIds = new Set<string>();
  const providerOf = new Map<string, string>();
  // Providers interleaved.
  for (let i = 0; i < INTEGRATIONS; i += 1) {
    const provider = PROVIDERS[i % PROVIDERS.length]!;
    const hang = HANGING_INDEXES.has(i);
    const created = provider.register(standIns, hang);
    const integration = vault.seed(
      created.type,
      serializeCredentials(created.type, created.credentials),
      { config: created.config },
    );
    providerOf.set(integration.id, provider.name);
    if (hang) hangingIds.add(integration.id);
  }
  const integrations = await vault.list();
  console.log(
    `${integrations.length} integrations over ${PROVIDERS.length} providers (${hangingIds.size} hanging), deadline ${seconds(DEADLINE_MS)} (the app uses 15 s), stand-in latency ${LATENCY_MS} ms, at most ${DEFAULT_TESTS_PER_HOST} per host and ${DEFAULT_TESTS_AT_ONCE} in all`,
  );

  // Warm up each SDK once so module loading is not billed to the first single test.
  const answering = integrations.filter((i) => !hangingIds.has(i.id));
  for (const provider of PROVIDERS) {
    const first = answering.find((i) => providerOf.get(i.id) === provider.name);
    if (first) await service.test(first.id);
  }

  const coldStarted = performance.now();
  await service.testAll();
  const coldTestAll = performance.now() - coldStarted;

  const single = new Map<string, number>();
  const timeOne = async (id: string): Promise<void> => {
    const started = performance.now();
    await service.test(id);
    single.set(id, performance.now() - started);
  };
  for (const integration of answering) await timeOne(integration.id);
  await Promise.all([...hangingIds].map(timeOne));
  const slowest = Math.max(...single.values());

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

  console.log('\nsingle tests, median and slowest per provider (answering integrations only):');
  for (const { name } of PROVIDERS) {
    const times = answering
      .filter((i) => providerOf.get(i.id) === name)
      .map((i) => single.get(i.id)!)
      .sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(8)} ${times[Math.floor(times.length / 2)]!.toFixed(0).padStart(5)} ms  ${times.at(-1)!.toFixed(0).padStart(5)} ms`,
    );
  }
  const sum = [...single.values()].reduce((total, ms) => total + ms, 0);
  const bound = Math.max(DEADLINE_MS, slowest);
  const ratio = testAll / bound;
  console.log('');
  console.log(`sum of the ${single.size} single tests:    ${seconds(sum)}`);
  console.log(
    `slowest single test:             ${seconds(slowest)} (deadline ${seconds(DEADLINE_MS)})`,
  );
  console.log(
    `first test all (nothing known):  ${seconds(coldTestAll)} (ratio ${(coldTestAll / bound).toFixed(2)}, for information)`,
  );
  console.log(`test all:                        ${seconds(testAll)}`);
  console.log(
    `ratio test all / max(deadline, slowest single test): ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`,
  );
  if (ratio > TARGET_RATIO) {
    failed = true;
    console.log('✗ test all took longer than its slowest test allows');
  } else if (!failed) {
    console.log('✓ every result as set up; test all is bounded by its slowest test');
  }
} finally {
  await standIns.close();
}
process.exit(failed ? 1 : 0);
