import type { ActivityFilter } from '../../../shared/activity.ts';

/** React Query keys. Nothing cached under them ever holds a credential: the bridge never returns one. */
export const queryKeys = {
  session: ['session'] as const,
  /** Whether main is locked (auto-lock); on lock every other query is dropped (lock/use-lock.ts). */
  lock: ['lock'] as const,
  /** The "Continuar con …" providers the project enabled; asked again when connectivity changes. */
  oauthProviders: (connectivity: string) => ['oauth-providers', connectivity] as const,
  /** Project connection (URL and anon key, both public by design), its source, UI preferences. */
  settings: ['settings'] as const,
  /** How the project's database schema compares with the app's (checked once per sign-in). */
  schemaStatus: ['integrations', 'schema-status'] as const,
  integrations: ['integrations'] as const,
  list: ['integrations', 'list'] as const,
  /**
   * The audit trail (issue #14 §5): pages of the "Activity" page and the detail list, by filter,
   * and the detail chart's per-day counts. Under the user's `integrations` prefix, so sign-out,
   * lock and a change of user drop them with the rest; main's change events invalidate them.
   */
  activity: ['integrations', 'activity'] as const,
  activityList: (filter: ActivityFilter) => ['integrations', 'activity', 'list', filter] as const,
  activityDaily: (id: string, timeZone: string) =>
    ['integrations', 'activity', 'daily', id, timeZone] as const,
  /** The last connection-test result per integration (non-secret), from a test or an event. */
  testResult: (id: string) => ['integrations', 'test-result', id] as const,
  /** How far the running "test all" is (`done` of `total`), from the status events. */
  testAllProgress: ['integrations', 'test-all-progress'] as const,
  /**
   * The signed-in user's verified second factors (names and dates). Under the `integrations`
   * prefix because that is what sign-out, a change of user and a change of project drop: one
   * user's factors must never show for the next.
   */
  secondFactors: ['integrations', 'second-factors'] as const,
};

export const mutationKeys = {
  test: (id: string) => ['integrations', 'test', id] as const,
  testAll: ['integrations', 'test-all'] as const,
};
