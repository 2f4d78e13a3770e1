/**
 * Database benchmark: `node test/bench/db.bench.ts` (or `npm run bench db`).
 *
 * Seeds one database with 1,000 and then one with 100,000 integrations, each across 10,000 users
 * (set-based, as the superuser), and times each integration function as PostgREST calls it
 * (authenticated role, JWT claims) for one user who owns 10 integrations in both, next to a bare
 * primary-key read of one vault.decrypted_secrets row. Prints p50/p95 per size and the ratio
 * p95@100k / p95@1k (target ≤ 1.2: a call's cost must not grow with the table), and checks with
 * EXPLAIN that listing one user's integrations under RLS is an index scan.
 *
 * Both databases run side by side and the sizes alternate round by round, so load from other work
 * on the machine weighs on both sizes alike instead of skewing the ratio.
 *
 * Exit code 1 when the listing is not an index scan or a ratio exceeds 2.0 (a real scaling
 * problem rather than timer noise on sub-millisecond calls).
 * Knobs: BENCH_ITERATIONS (calls per function and size, default 900), BENCH_ROUNDS (default 5).
 */
import { performance } from 'node:perf_hooks';
import { stats, type Stats } from './db-measure.ts';
import { startStage, type Stage } from './db-stage.ts';

const USERS = 10_000;
const SIZES = [1_000, 100_000] as const;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 900);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 60;
const TARGET_RATIO = 1.2;
const HARD_LIMIT_RATIO = 2.0;

const startedAt = performance.now();
const stages: Stage[] = [];
try {
  for (const size of SIZES) {
    const stage = await startStage(size, USERS);
    stages.push(stage);
    console.log(
      `seeded ${size.toLocaleString('en')} integrations across ${USERS.toLocaleString('en')} users in ${stage.seedSeconds.toFixed(1)} s`,
    );
  }

  let explainOk = true;
  for (const stage of stages) {
    const scans = (await stage.listingPlan()).filter((node) => node.type.includes('Scan'));
    // An Index Scan, Index Only Scan, or a Bitmap Heap Scan fed by a Bitmap Index Scan; never a
    // Seq Scan of integrations.
    const indexed =
      scans.some((node) => node.index?.startsWith('integrations_')) &&
      !scans.some((node) => node.relation === 'integrations' && node.type === 'Seq Scan');
    explainOk &&= indexed;
    const described = scans
      .map((node) => `${node.type}${node.index ? ` using ${node.index}` : ''}`)
      .join(', ');
    console.log(
      `listing one user's integrations @${stage.size}: ${described} → ${indexed ? 'index scan ✓' : 'NOT an index scan ✗'}`,
    );
  }

  // samples[size][task] = one array of milliseconds per round
  const samples = stages.map(() => new Map<string, number[][]>());
  const perRound = Math.ceil(ITERATIONS / ROUNDS);
  for (const stage of stages) {
    for (const [, run] of stage.tasks) await run(1_000_000, WARMUP);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const taskCount = stages[0]!.tasks.length;
    for (let task = 0; task < taskCount; task++) {
      // Alternate which size goes first so neither always runs right after the other's writes.
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const s of order) {
        const [name, run] = stages[s]!.tasks[task]!;
        const times = await run(round * perRound, perRound);
        samples[s]!.set(name, [...(samples[s]!.get(name) ?? []), times]);
      }
    }
    // Each round creates, rewrites and deletes rows of the subject in both databases alike, but
    // autovacuum's thresholds grow with table size (20% of the rows), so it would clean the small
    // table and leave the large one's dead index entries in the listing's path. Vacuum both.
    await Promise.all(stages.map((stage) => stage.vacuum()));
  }

  const ms = (value: number) => value.toFixed(3).padStart(9);
  console.log(
    `\n${'call'.padEnd(38)}${'p50@1k'.padStart(9)}${'p95@1k'.padStart(9)}${'p50@100k'.padStart(9)}${'p95@100k'.padStart(9)}  p95 ratio (target ≤ ${TARGET_RATIO})`,
  );
  let worst = 0;
  for (const [name, smallRounds] of samples[0]!) {
    const small: Stats = stats(smallRounds);
    const large: Stats = stats(samples[1]!.get(name)!);
    const ratio = large.p95 / small.p95;
    worst = Math.max(worst, ratio);
    const verdict =
      ratio <= TARGET_RATIO ? '✓' : ratio <= HARD_LIMIT_RATIO ? '~ above target' : '✗';
    console.log(
      `${name.padEnd(38)}${ms(small.p50)}${ms(small.p95)}${ms(large.p50)}${ms(large.p95)}  ${ratio.toFixed(2)} ${verdict}`,
    );
  }
  console.log(
    `(milliseconds, ${ITERATIONS} calls per function and size in ${ROUNDS} rounds; p95 = best round's; ${((performance.now() - startedAt) / 1000).toFixed(0)} s in all)`,
  );
  process.exitCode = explainOk && worst <= HARD_LIMIT_RATIO ? 0 : 1;
} finally {
  await Promise.all(stages.map((stage) => stage.stop()));
}
