export const notConfiguredEn = {
  title: 'Connect Aterges Desktop to your project',
  intro:
    'Aterges Desktop keeps your keys in a Supabase project of your own. Before you can sign in, tell the app which project to use:',
  stepCreate: 'Create a Supabase project (the free plan is enough).',
  openDashboard: 'Open the Supabase dashboard',
  stepMigrate:
    'Create the vault tables in it. In a terminal, in a copy of the Aterges Desktop source code, link the project and push the migrations with the Supabase CLI:',
  stepMigrateRef: 'Your project ref is the part before .supabase.co in the project URL.',
  stepCopy:
    'In the dashboard, open Project Settings → API and copy the Project URL and the anon (publishable) key.',
  stepPaste: 'Paste them below and choose “{{save}}”.',
  formTitle: 'Your Supabase project',
  brokenTitle: 'The project in use could not be opened.',
  broken:
    'A project is set ({{url}}, {{source}}), but the app could not start with it. Check the URL and key and save them again.',
  retryHint: 'Set the project some other way?',
  retry: 'Check again',
};

export const settingsEn = {
  password: {
    title: 'Change password',
    intro: 'Type your current password to confirm it is you, then the new one.',
    current: 'Current password',
    next: 'New password',
    save: 'Change password',
    saving: 'Changing…',
    changed: 'Your password was changed.',
  },
  notificationsTitle: 'Notifications',
  notifyFailures: 'Notify me when a key stops working',
  notifyFailuresHint:
    'A system notification when the Aterges platform or another device finds that a key fails. Never for tests you run here, and at most once an hour per integration.',
  title: 'Settings',
  projectTitle: 'Supabase project',
  projectIntro:
    'Your integrations are kept, encrypted, in this Supabase project, and you sign in to it with your own account.',
  loadFailed: 'The settings could not be loaded.',
  retry: 'Try again',
  current: 'Project in use',
  noProject: 'None',
  source: 'Source',
  key: 'Key',
  keyPublishable: 'Publishable key',
  keyAnon: 'Anon key (JWT)',
  sourceName: {
    settings: 'Your settings',
    build: 'Built into this app',
    'local-dev': 'Local development stack',
    none: 'Not set',
  },
  sourceHelp: {
    settings: 'You saved this project in the app.',
    build: 'This project was set when the app was built. A project you save here takes its place.',
    'local-dev':
      'The local Supabase started for development. A project you save here takes its place.',
    none: 'No project is set yet.',
  },
  changeTitle: 'Use another project',
  connectTitle: 'Connect your project',
  switchNote: 'In another project you sign in with an account of that project.',
  url: 'Project URL',
  urlHint:
    'For example https://your-project.supabase.co. Plain http:// only for a local Supabase on this computer.',
  anonKey: 'Anon key',
  anonKeyHint:
    'The anon or publishable key (starts with eyJ or sb_publishable_). Never the service_role or a secret key: it bypasses Row Level Security, so it must not be in a desktop app.',
  secretCleared: 'That key was removed from this form and was not sent anywhere.',
  save: 'Save connection',
  willConnectTo: 'The app will connect to {{origin}}',
  saving: 'Saving…',
  saved: 'Saved. The app now uses {{host}}.',
  forget: 'Forget this project',
  forgetTitle: 'Forget this project?',
  forgetBody:
    'The app stops using {{host}}. Nothing is deleted from the project itself. The app then uses the project it was built with, if there is one, or asks you to connect one.',
  forgetConfirm: 'Forget project',
  forgetting: 'Forgetting…',
  cancel: 'Cancel',
  projectLabel: 'Project:',
  changeProject: 'Change project',
};
