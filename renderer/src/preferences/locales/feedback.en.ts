/** Progress and feedback (issue #14 §4): stop "Test all", a test's elapsed time, toasts. Registered as `feedback`. */
export const feedbackEn = {
  stopTestAll: 'Stop',
  stopTestAllLabel: 'Stop “Test all”',
  stoppingTestAll: 'Stopping…',
  testAllStopped_one: 'Stopped: {{count}} integration was not tested and keeps its previous state.',
  testAllStopped_other:
    'Stopped: {{count}} integrations were not tested and keep their previous state.',
  elapsed: '{{elapsed}} s of {{deadline}} s',
  toastRegion: 'Notifications',
  undo: 'Undo',
  dismiss: 'Dismiss notification',
  deleted: '“{{name}}” was deleted. This cannot be undone: the key is no longer in your vault.',
  disabled: '“{{name}}” was disabled.',
  enabled: '“{{name}}” was enabled.',
  undoFailed: 'The change to “{{name}}” could not be undone.',
  rotated: 'The key of “{{name}}” was replaced. The old one is no longer stored.',
  reconnected: 'Connected to the server again.',
  stillOffline: 'Still offline. The app will keep trying on its own.',
};
