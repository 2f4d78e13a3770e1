/**
 * `npm test`: every check the project has, in the order that fails fastest, and one closing line
 * with the counts ("N passed, N failed, N skipped") that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join(import.meta.dirname, '../../test-results');
mkdirSync(reportDir, { recursive: true });
const vitestReport = join(reportDir, 'vitest.json');
// Written by the JSON reporter configured in playwright.config.ts.
const playwrightReport = join(reportDir, 'playwright.json');

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'typecheck', command: ['tsc', '-b'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', command: ['electron-vite', 'build'] },
  {
    name: 'vitest (unit, db, integration)',
    command: [
      'node',
      'test/tools/with-keyring.ts',
      'vitest',
      'run',
      '--reporter=default',
      `--reporter=json`,
      `--outputFile.json=${vitestReport}`,
    ],
  },
  {
    name: 'end-to-end (Playwright)',
    command: ['node', 'test/tools/with-keyring.ts', 'playwright', 'test'],
  },
];

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(
    `Node ${process.version} is too old: run through npm so node_modules/.bin/node (Node 24) is used.`,
  );
  process.exit(1);
}

const failedSteps: string[] = [];
for (const step of steps) {
  if (
    step.name.startsWith('end-to-end') &&
    !existsSync(join(import.meta.dirname, '../../playwright.config.ts'))
  )
    continue;
  console.log(`\n=== ${step.name} ===`);
  const [bin, ...args] = step.command;
  // npm, tsc, vitest… are .cmd shims on Windows, which only a shell can start.
  const result = spawnSync(bin!, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) failedSteps.push(step.name);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync(playwrightReport)) {
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

console.log('');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length === 0 && counts.failed === 0 ? 0 : 1);
