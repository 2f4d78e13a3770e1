/**
 * Holds the deep links that arrive before main can act on them (macOS sends `open-url` before
 * `ready`; the first launch's argv is read at start), then hands every link to the handler, in
 * order. Only the last few are kept: a flood of links must not grow memory.
 */
export class DeepLinkInbox {
  static readonly MAX_WAITING = 4;
  readonly #waiting: string[] = [];
  #handler: ((url: string) => Promise<void>) | null = null;
  readonly #onError: (error: unknown) => void;

  constructor(onError: (error: unknown) => void) {
    this.#onError = onError;
  }

  receive(url: string): void {
    if (this.#handler) {
      this.#run(this.#handler, url);
      return;
    }
    this.#waiting.push(url);
    if (this.#waiting.length > DeepLinkInbox.MAX_WAITING) this.#waiting.shift();
  }

  /** From now on links go to `handler`; the waiting ones first. */
  deliverTo(handler: (url: string) => Promise<void>): void {
    this.#handler = handler;
    for (const url of this.#waiting.splice(0)) this.#run(handler, url);
  }

  #run(handler: (url: string) => Promise<void>, url: string): void {
    handler(url).catch(this.#onError);
  }
}
