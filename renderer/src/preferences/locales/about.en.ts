/** "About" and signing out on every device, in Settings (issue #14 §7). Registered as `about`. */
export const aboutEn = {
  title: 'About',
  version: 'Version',
  electron: 'Electron',
  chromium: 'Chromium',
  project: 'Supabase project',
  noProject: 'None set',
  channel: 'Update channel',
  channels: {
    latest: 'Stable',
    beta: 'Beta',
    alpha: 'Alpha',
    none: 'No automatic updates',
  },
  openLogs: 'Open the logs folder',
  logsFailed: 'The logs folder could not be opened.',
  loadFailed: 'The app information could not be read.',
  sessionsTitle: 'Sessions',
  signOutEverywhere: 'Sign out on all devices',
  signOutEverywhereHint:
    'Ends your session here and on any other computer or browser where you signed in with this account.',
  signOutEverywhereTitle: 'Sign out on all devices?',
  signOutEverywhereBody:
    'You will have to sign in again on each one. Your integrations do not change.',
  signOutEverywhereConfirm: 'Sign out everywhere',
  signingOutEverywhere: 'Signing out…',
  cancel: 'Cancel',
};
