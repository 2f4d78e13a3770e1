/** "Last test" and "last passing test" kept apart (issue #14 §3). Registered as `times`. */
export const timesEn = {
  lastTest: 'Last test',
  lastPassed: 'Last passing test',
  /** After the time of a last test that did not pass. */
  failed: 'failed',
};
