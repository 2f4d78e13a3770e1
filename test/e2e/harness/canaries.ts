/**
 * The secrets a scenario typed or handed to a stand-in, each a fresh random "canary": finding one
 * anywhere the app shows or says something proves a leak. Each is searched for whole and by a run
 * from its middle (a truncated or partly redacted copy is still a leak); a PEM key by its body
 * lines. The ends are not searched: the credential hint shows a key's last four characters by
 * design, and fixed prefixes such as `sk-proj-` are not secret.
 */
export class Canaries {
  readonly #entries: { label: string; fragments: string[] }[] = [];

  /** Registers a secret; the label (never the value) is what a failure report names. */
  add(label: string, secret: string): void {
    if (this.#entries.some((entry) => entry.fragments[0] === secret)) return;
    this.#entries.push({ label, fragments: [secret, ...fragmentsOf(secret)] });
  }

  /** Registers every secret of a provider account. */
  addAll(label: string, secrets: readonly string[]): void {
    secrets.forEach((secret, index) => this.add(`${label} #${index + 1}`, secret));
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Labels of the canaries found in `text`. */
  foundIn(text: string): string[] {
    return this.#entries
      .filter(({ fragments }) => fragments.some((fragment) => text.includes(fragment)))
      .map(({ label }) => label);
  }
}

const MIDDLE_RUN = 16;

function fragmentsOf(secret: string): string[] {
  if (secret.includes('-----BEGIN')) {
    return secret
      .split(/\r?\n|\\n/)
      .filter((line) => line.length >= 40 && !line.startsWith('-----'));
  }
  if (secret.length < MIDDLE_RUN * 2) return [];
  const start = Math.floor((secret.length - MIDDLE_RUN) / 2);
  return [secret.slice(start, start + MIDDLE_RUN)];
}
