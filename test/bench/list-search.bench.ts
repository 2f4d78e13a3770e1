/**
 * Integration list benchmark: `node test/bench/list-search.bench.ts` (or `npm run bench list`).
 *
 * The whole renderer with 1,000 integrations (happy-dom, through vitest: the components are TSX);
 * a search typed and erased one key at a time, each keystroke timed from the input event until
 * React committed the list for it (two rounds after a warm-up); then the page scrolled in 40 steps
 * of 400 px. See
 * renderer/src/integrations/list/list-search.measure.tsx. Prints median, p95 and max; the target
 * is a p95 under 50 ms a keystroke (issue #14 §2), judged on the CPU time of the measuring
 * process: the wall time is printed too, with the machine's load, since on a shared machine it also
 * counts the waits for a free core. Exit code 1 when the target is missed.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

const TARGET_MS = 50;
const root = join(import.meta.dirname, '../..');

const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    join(import.meta.dirname, 'list-search.vitest.config.ts'),
    '--reporter=dot',
  ],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const line = run.stdout.split('\n').find((text) => text.includes('LIST_BENCH_RESULTS '));
if (run.status !== 0 || !line) {
  console.error(run.stdout);
  console.error('The list measurement failed.');
  process.exit(1);
}
const results = JSON.parse(line.slice(line.indexOf('{'))) as Record<
  'keystrokes' | 'keystrokesCpu' | 'scrolls' | 'scrollsCpu',
  number[]
>;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
const rows = [
  ['search keystroke, wall', stats(results.keystrokes)],
  ['search keystroke, CPU', stats(results.keystrokesCpu)],
  ['scroll 400 px, wall', stats(results.scrolls)],
  ['scroll 400 px, CPU', stats(results.scrollsCpu)],
] as const;

console.log('1,000 integrations, renderer (happy-dom, React production build), per update:');
console.log(`machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log('                           n    median       p95       max');
for (const [label, s] of rows) {
  console.log(
    `${label.padEnd(24)} ${String(s.n).padStart(3)} ${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}`,
  );
}
// Judged on CPU time: wall time on a shared machine also counts the waits for a core.
const typedCpu = rows[1][1];
const ok = typedCpu.p95 < TARGET_MS;
console.log(
  `search keystroke CPU p95 ${typedCpu.p95.toFixed(1)} ms, target < ${TARGET_MS} ms: ${ok ? 'met' : 'NOT met'}`,
);
process.exit(ok ? 0 : 1);
