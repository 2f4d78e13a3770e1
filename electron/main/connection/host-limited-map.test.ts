import { describe, expect, it } from 'vitest';
import { mapWithHostLimits } from './host-limited-map.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Job {
  host: string;
  ms: number;
}

/** Runs `jobs` and records the peak of running tasks in all and per host. */
async function runJobs(jobs: Job[], limits: { perHost: number; total: number }) {
  const runningByHost = new Map<string, number>();
  const peakByHost = new Map<string, number>();
  let running = 0;
  let peak = 0;
  const started = performance.now();
  const results = await mapWithHostLimits(
    jobs,
    (job) => job.host,
    limits,
    async (job, index) => {
      running += 1;
      peak = Math.max(peak, running);
      const now = (runningByHost.get(job.host) ?? 0) + 1;
      runningByHost.set(job.host, now);
      peakByHost.set(job.host, Math.max(peakByHost.get(job.host) ?? 0, now));
      await sleep(job.ms);
      running -= 1;
      runningByHost.set(job.host, runningByHost.get(job.host)! - 1);
      return index;
    },
  );
  return { results, peak, peakByHost, elapsedMs: performance.now() - started };
}

describe('mapWithHostLimits', () => {
  it('keeps input order and never runs more than the limits at once', async () => {
    const jobs = Array.from({ length: 24 }, (_, i) => ({
      host: `h${i % 3}`,
      ms: 10 + (i % 5) * 5,
    }));
    const { results, peak, peakByHost } = await runJobs(jobs, { perHost: 2, total: 5 });
    expect(results).toEqual(jobs.map((_, i) => i));
    expect(peak).toBe(5);
    expect([...peakByHost.values()]).toEqual([2, 2, 2]);
  });

  it('lets other hosts go ahead of a host whose tests hang', async () => {
    // The first 4 items hang on one host; with a fixed pool of 4 everything else would wait.
    const jobs: Job[] = [
      ...Array.from({ length: 4 }, () => ({ host: 'slow', ms: 400 })),
      ...Array.from({ length: 12 }, (_, i) => ({ host: `fast${i % 3}`, ms: 50 })),
    ];
    const { elapsedMs } = await runJobs(jobs, { perHost: 4, total: 16 });
    expect(elapsedMs).toBeGreaterThanOrEqual(395);
    expect(elapsedMs).toBeLessThan(700);
  });

  it('starts the items expected to be slow first, and still answers in input order', async () => {
    const order: number[] = [];
    const results = await mapWithHostLimits(
      [0, 1, 2, 3, 4],
      () => 'h',
      { perHost: 1, total: 1, startFirst: (n) => n === 3 || n === 4 },
      (n) => {
        order.push(n);
        return Promise.resolve(n * 10);
      },
    );
    expect(order).toEqual([3, 4, 0, 1, 2]);
    expect(results).toEqual([0, 10, 20, 30, 40]);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapWithHostLimits(
        [1, 2],
        () => 'h',
        { perHost: 1, total: 1 },
        (n) => (n === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(n)),
      ),
    ).rejects.toThrow('boom');
  });

  it('handles an empty list', async () => {
    await expect(
      mapWithHostLimits(
        [],
        () => 'h',
        { perHost: 4, total: 16 },
        () => Promise.resolve(1),
      ),
    ).resolves.toEqual([]);
  });
});
