// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/dom';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import type { Integration } from '../../../../shared/integration.ts';
import { INTEGRATION_STATUSES, PROVIDER_TYPES } from '../../../../shared/providers.ts';
import { AppRoot } from '../../app/app-root.tsx';
import { createI18n } from '../../preferences/i18n.ts';
import {
  createFakeMain,
  listOf,
  makeIntegration,
  settingsHandlers,
  settingsOf,
  signedIn,
} from '../../test-support/fake-main.ts';
import { fakeListLayout } from '../../test-support/fake-layout.ts';
import { applyListQuery, searchTextOf } from './list-query.ts';

/*
 * The list benchmark's measurement (run by test/bench/list-search.bench.ts, not by `npm test`):
 * the whole app with 1,000 integrations in happy-dom, with React's production build (the
 * benchmark's vitest config sets NODE_ENV), rendered with createRoot as main.tsx does. A search is
 * typed and erased one key at a time; each keystroke is timed from the input event until the list
 * for it is committed (the "Showing N of 1,000" line, which follows the deferred search, has the
 * expected N). Then the page is scrolled in steps, each timed until the rows moved. happy-dom has
 * no layout: the scroller and rows get a 1280×860 window's sizes (fakeListLayout). Results are
 * printed as one JSON line: wall time and this process's CPU time (which the other processes on
 * a shared machine do not inflate).
 */

const COUNT = 1_000;
const WORDS = ['Production', 'Staging', 'Billing', 'Analytics', 'Backup', 'Research', 'Legacy'];
/** What a user types and then erases: narrowing to one row, then back to the whole list. */
const TYPED = 'staging 08';

function thousand(): Integration[] {
  return Array.from({ length: COUNT }, (_, index) =>
    makeIntegration({
      name: `${WORDS[index % WORDS.length]} ${String(index).padStart(4, '0')}`,
      type: PROVIDER_TYPES[index % PROVIDER_TYPES.length],
      status: INTEGRATION_STATUSES[index % INTEGRATION_STATUSES.length],
      credentialHint: `sk-…${String(index).padStart(4, '0')}`,
      errorCode: index % 5 === 3 ? 'key_rejected' : null,
    }),
  );
}

/** CPU time of this process (µs), which other processes' load on the machine does not inflate. */
const nodeProcess = (globalThis as { process?: { cpuUsage(): { user: number; system: number } } })
  .process!;
const cpuMs = () => {
  const { user, system } = nodeProcess.cpuUsage();
  return (user + system) / 1000;
};

/** Resolves once `done()` holds, checking after each macrotask (React commits in between). */
async function until(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

it('types into the search box over 1,000 integrations', { timeout: 180_000 }, async () => {
  expect(typeof act, 'React production build (no act)').toBe('undefined');
  const undoLayout = fakeListLayout();
  const integrations = thousand();
  const text = new Map(integrations.map((i) => [i.id, searchTextOf(i)]));
  const expected = (search: string) =>
    applyListQuery(integrations, text, { search, view: { status: 'all', provider: 'all' } }).length;
  const main = createFakeMain({
    ...settingsHandlers(settingsOf()),
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf(integrations),
  });
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(<AppRoot bridge={main.bridge} i18n={createI18n('en')} />);
  const count = () => document.querySelector('.list-count')?.textContent ?? '';
  await until(() => count() === `Showing ${COUNT} of ${COUNT}`, 60_000);
  const search = document.querySelector<HTMLInputElement>('input[type="search"]')!;

  const steps = [
    ...Array.from({ length: TYPED.length }, (_, i) => TYPED.slice(0, i + 1)),
    ...Array.from({ length: TYPED.length }, (_, i) => TYPED.slice(0, TYPED.length - i - 1)),
  ];
  const keystrokes: number[] = [];
  const keystrokesCpu: number[] = [];
  for (const round of [0, 1, 2]) {
    for (const value of steps) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      fireEvent.change(search, { target: { value } });
      await until(() => count() === `Showing ${expected(value)} of ${COUNT}`);
      // Round 0 warms up (JIT, first render of each kind of row).
      if (round > 0) {
        keystrokes.push(performance.now() - started);
        keystrokesCpu.push(cpuMs() - cpuStarted);
      }
    }
  }

  const scroller = document.querySelector<HTMLElement>('.shell-main')!;
  // The last drawn row moves with every step (the first one stays 0 within the overscan).
  const lastRow = () =>
    [...document.querySelectorAll('.integration-list li')].at(-1)?.getAttribute('data-index');
  const scrolls: number[] = [];
  const scrollsCpu: number[] = [];
  for (let step = 1; step <= 40; step += 1) {
    const before = lastRow();
    const started = performance.now();
    const cpuStarted = cpuMs();
    scroller.scrollTop = step * 400;
    fireEvent.scroll(scroller);
    await until(() => lastRow() !== before);
    scrolls.push(performance.now() - started);
    scrollsCpu.push(cpuMs() - cpuStarted);
  }
  expect(document.querySelectorAll('[data-testid="integration-row"]').length).toBeLessThan(40);
  root.unmount();
  undoLayout();
  // One line the bench script picks out of vitest's output.
  console.log(
    `LIST_BENCH_RESULTS ${JSON.stringify({ keystrokes, keystrokesCpu, scrolls, scrollsCpu })}`,
  );
});
