import type { NativeWords } from '../../../shared/i18n/native-words.ts';
import { fillWords } from '../../../shared/i18n/native-words.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { Clock } from '../offline/clock.ts';
import { systemClock } from '../offline/clock.ts';
import type { LiveChange } from './live-changes.ts';

/*
 * Issue #15 §2: a native notification when an integration turns `error` because of something done
 * elsewhere (the platform using the key, another device's test), in the user's language; never for
 * this app's own tests, at most one per integration per hour, and none when switched off in
 * Settings. Electron-free: main's composition root shows the notice.
 */

export interface FailureNotice {
  integrationId: string;
  title: string;
  body: string;
}

export interface FailureNotifierOptions {
  show: (notice: FailureNotice) => void;
  /** The Settings switch (on by default). */
  enabled: () => Promise<boolean>;
  /** Main's words in the user's language. */
  words: () => Promise<NativeWords>;
  clock?: Clock;
}

/** At most one notice per integration in this window. */
export const NOTIFY_EVERY_MS = 60 * 60_000;
/** A status change this soon after this app's own test step is that test's, not someone else's. */
export const OWN_TEST_MS = 60_000;

function reasonKey(code: string | null): keyof NativeWords {
  switch (code) {
    case 'key_rejected':
      return 'notifyReasonKeyRejected';
    case 'permission_denied':
      return 'notifyReasonPermission';
    case 'quota_exhausted':
    case 'rate_limited':
      return 'notifyReasonQuota';
    default:
      return 'notifyReasonOther';
  }
}

export class FailureNotifier {
  readonly #options: FailureNotifierOptions;
  readonly #clock: Clock;
  /** The status each integration had before the live changes being looked at. */
  readonly #known = new Map<string, Integration['status']>();
  readonly #ownTestAt = new Map<string, number>();
  readonly #notifiedAt = new Map<string, number>();

  constructor(options: FailureNotifierOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** Every list the page gets: what the statuses are now. */
  observeList(integrations: readonly Integration[]): void {
    this.#known.clear();
    for (const integration of integrations) this.#known.set(integration.id, integration.status);
  }

  /** A status step of this app's own test (`integrations:status-changed`). */
  observeOwnTest(integrationId: string): void {
    this.#ownTestAt.set(integrationId, this.#clock.now());
  }

  /** Live changes, before they are merged into the list. */
  observeChanges(changes: readonly LiveChange[]): void {
    for (const change of changes) {
      if (change.kind === 'delete') this.#known.delete(change.id);
      if (change.kind !== 'upsert') continue;
      const { integration } = change;
      const before = this.#known.get(integration.id);
      this.#known.set(integration.id, integration.status);
      if (integration.status === 'error' && before !== undefined && before !== 'error') {
        void this.#maybeNotify(integration).catch(() => undefined);
      }
    }
  }

  async #maybeNotify(integration: Integration): Promise<void> {
    const now = this.#clock.now();
    const own = this.#ownTestAt.get(integration.id);
    if (own !== undefined && now - own < OWN_TEST_MS) return;
    const last = this.#notifiedAt.get(integration.id);
    if (last !== undefined && now - last < NOTIFY_EVERY_MS) return;
    this.#notifiedAt.set(integration.id, now);
    if (!(await this.#options.enabled())) {
      this.#notifiedAt.delete(integration.id);
      return;
    }
    const words = await this.#options.words();
    this.#options.show({
      integrationId: integration.id,
      title: fillWords(words.notifyStoppedTitle, { name: integration.name }),
      body: words[reasonKey(integration.errorCode)],
    });
  }
}
