export interface HostLimits {
  /** How many tasks of one host run at once. */
  perHost: number;
  /** How many tasks run at once in all. */
  total: number;
}

export interface HostLimitedMapOptions<T> extends HostLimits {
  /** Items expected to be slow: they start before the others (the output keeps input order). */
  startFirst?: (item: T) => boolean;
}

/**
 * Maps `items` through `task` with at most `limits.perHost` tasks of one host (`hostOf`) and
 * `limits.total` tasks in all running at once, keeping the input order in the output. Items start
 * in list order, except that an item whose host is full lets later items of other hosts go first:
 * tests wait on the network, not the CPU, so a provider that hangs holds back only its own host's
 * tests, and the whole run follows the slowest test rather than a fixed pool. Items marked
 * `startFirst` (expected to be slow) start before the rest, so their wait overlaps the others'
 * instead of beginning when the others are done.
 */
export function mapWithHostLimits<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  limits: HostLimitedMapOptions<T>,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const perHost = Math.max(1, Math.floor(limits.perHost));
  const total = Math.max(1, Math.floor(limits.total));
  const results = new Array<R>(items.length);
  const hosts = items.map(hostOf);
  const first = limits.startFirst ?? (() => false);
  const flagged = items.map((item) => first(item));
  const waiting = [
    ...items.map((_, index) => index).filter((index) => flagged[index]),
    ...items.map((_, index) => index).filter((index) => !flagged[index]),
  ];
  const runningByHost = new Map<string, number>();
  let running = 0;
  let finished = 0;

  return new Promise<R[]>((resolve, reject) => {
    let failed = false;
    const startWhatFits = (): void => {
      if (failed) return;
      for (let position = 0; position < waiting.length && running < total;) {
        const index = waiting[position]!;
        const host = hosts[index]!;
        const busy = runningByHost.get(host) ?? 0;
        if (busy >= perHost) {
          position += 1;
          continue;
        }
        waiting.splice(position, 1);
        runningByHost.set(host, busy + 1);
        running += 1;
        void run(index, host);
      }
      if (finished === items.length) resolve(results);
    };
    const run = async (index: number, host: string): Promise<void> => {
      try {
        results[index] = await task(items[index]!, index);
      } catch (error) {
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      running -= 1;
      finished += 1;
      runningByHost.set(host, (runningByHost.get(host) ?? 1) - 1);
      startWhatFits();
    };
    startWhatFits();
  });
}
