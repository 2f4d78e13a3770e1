/*
 * The cancel handles of running tests, by integration id. An id can have several at once (a test
 * of the stored key and a rotation's check of a new one); Cancel stops them all.
 */
export class AbortRegistry {
  readonly #controllers = new Map<string, Set<AbortController>>();

  /** A new handle for `id`; `release` it when the work ends. */
  register(id: string): AbortController {
    const controller = new AbortController();
    const set = this.#controllers.get(id) ?? new Set<AbortController>();
    set.add(controller);
    this.#controllers.set(id, set);
    return controller;
  }

  release(id: string, controller: AbortController): void {
    const set = this.#controllers.get(id);
    set?.delete(controller);
    if (set?.size === 0) this.#controllers.delete(id);
  }

  /** Runs `work` with a handle registered for `id` for as long as it runs. */
  async run<T>(id: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = this.register(id);
    try {
      return await work(controller.signal);
    } finally {
      this.release(id, controller);
    }
  }

  /** Aborts everything running for `id`; returns whether anything was. */
  abort(id: string): boolean {
    const controllers = this.#controllers.get(id);
    if (!controllers || controllers.size === 0) return false;
    for (const controller of controllers) controller.abort();
    return true;
  }

  abortAll(): void {
    for (const controllers of this.#controllers.values()) {
      for (const controller of controllers) controller.abort();
    }
  }
}
