/*
 * "Save and verify" when the test does not pass (issue #14 §1): the dialog stays on the form.
 * Registered as `addCheck` in en.ts.
 */
export const addCheckEn = {
  failedNotice:
    '“{{name}}” is stored, but its test failed. Fix the credentials and test again, keep it as it is, or discard it.',
  fieldFailed: 'The test failed with this value. Enter it again.',
  retry: 'Fix and test again',
  keepAnyway: 'Keep anyway',
  discard: 'Discard',
  discarding: 'Discarding…',
  testing: 'Testing the connection…',
  cancelTest: 'Cancel',
  cancelling: 'Cancelling…',
  retryCancelled: 'Test cancelled. The stored credentials are still the ones that failed.',
  savedTitle: 'Saved',
  verified: '“{{name}}” is saved and its connection works.',
  kept: '“{{name}}” is saved as it is; it shows as Error until a test passes.',
  cancelledTitle: 'Saved without verifying',
  cancelled: 'You cancelled the test. “{{name}}” is stored, not verified: test it from the list.',
};
