import { testResultEn } from './test-result.en.ts';
import { validationKeysEn } from './validation.en.ts';
import { authReasonEn, authWordsEn } from './auth-reason.en.ts';
import { errorReasonEn } from './error-reason.en.ts';
import { addCheckEn } from './add-check.en.ts';
import { listViewEn } from './list-view.en.ts';
import { feedbackEn } from './feedback.en.ts';
import { secretsEn } from './secrets.en.ts';
import { aboutEn } from './about.en.ts';
import { timesEn } from './times.en.ts';
import { nativeWordsEn } from '../../../../shared/i18n/native-words.ts';
import { notConfiguredEn, settingsEn } from './setup.en.ts';
import { detailEn } from './detail.en.ts';
import { activityEn } from './activity.en.ts';
import { prepareProjectEn } from './prepare-project.en.ts';
import { secondFactorEn } from './second-factor.en.ts';
import { lockEn } from './lock.en.ts';
/*
 * English messages. `es.ts` must have exactly the same keys (the type below and
 * `locales.test.ts` both check it). Product names (OpenAI, AWS…) are not translated.
 */
export const en = {
  app: {
    name: 'Aterges Desktop',
    tagline: 'Your cloud and AI keys, in one vault',
    loading: 'Loading…',
    restoring: 'Restoring your session…',
  },
  fatal: {
    title: 'Aterges Desktop could not start',
    noBridge:
      'The window is not connected to the app core, so it cannot show or change anything. Restart Aterges Desktop; if this keeps happening, reinstall it.',
    sessionFailed: 'The app could not read your session.',
    retry: 'Try again',
  },
  nav: {
    label: 'Main',
    integrations: 'Integrations',
    activity: 'Activity',
    settings: 'Settings',
  },
  header: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
  preferences: {
    language: 'Language',
    languageSystem: 'System language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  auth: {
    signInTitle: 'Sign in',
    signUpTitle: 'Create your account',
    email: 'Email',
    password: 'Password',
    passwordHint: 'At least 8 characters.',
    signIn: 'Sign in',
    signUp: 'Create account',
    signingIn: 'Signing in…',
    signingUp: 'Creating account…',
    toSignUp: 'New here? Create an account',
    toSignIn: 'Already have an account? Sign in',
    offline: 'The server cannot be reached right now, so you cannot sign in.',
    forgotPassword: 'Forgot your password?',
    confirm: {
      title: 'Confirm your email',
      sent: 'We sent an email to {{email}}. Open it on this computer.',
      how: 'The link in it opens Aterges Desktop and signs you in.',
      resend: 'Resend email',
      resending: 'Sending…',
      resent: 'Sent again. Only the newest email’s link works.',
      done: 'I already confirmed it',
    },
    oauth: {
      or: 'or',
      continueWith: { github: 'Continue with GitHub', google: 'Continue with Google' },
      waitingTitle: 'Finish in your browser…',
      waitingBody: {
        github:
          'We opened GitHub in your browser. Allow access there and you will be signed in here.',
        google:
          'We opened Google in your browser. Allow access there and you will be signed in here.',
      },
      cancel: 'Cancel',
    },
    forgot: {
      title: 'Reset your password',
      body: 'Enter your account’s email. We will send you a link to choose a new password.',
      send: 'Send link',
      sending: 'Sending…',
      back: 'Back to sign in',
    },
    resetSent: {
      title: 'Check your email',
      body: 'If {{email}} has an account, an email with a link to choose a new password is on its way. Open it on this computer.',
      resend: 'Send again',
    },
    newPassword: {
      title: 'New password',
      body: 'You are signed in with the link from your email. Choose a new password for {{email}}.',
      field: 'New password',
      save: 'Save password',
      saving: 'Saving…',
      later: 'Not now',
    },
  },
  notConfigured: notConfiguredEn,
  settings: settingsEn,
  prepareProject: prepareProjectEn,
  secondFactor: secondFactorEn,
  lock: lockEn,
  offline: {
    title: 'You are offline',
    lastSync: 'Showing your integrations from the last sync, {{time}}.',
    neverSynced: 'Your integrations have not been loaded from the server yet.',
    connecting: 'Reconnecting to the server…',
    reason: 'Not available offline: changes and connection tests need the server.',
    retry: 'Retry now',
  },
  keychain: {
    title: 'The system keychain is not available',
    body: 'You will have to sign in again each time the app starts.',
  },
  status: {
    unverified: 'Unverified',
    verifying: 'Verifying',
    connected: 'Connected',
    error: 'Error',
    disabled: 'Disabled',
  },
  integrations: {
    title: 'Integrations',
    add: 'New integration',
    testAll: 'Test all',
    testingAll: 'Testing all…',
    testingAllProgress: 'Testing all… {{done}} of {{total}}',
    testAllSummary_one: 'Tested {{count}} integration — working: {{ok}}, failing: {{failed}}.',
    testAllSummary_other: 'Tested {{count}} integrations — working: {{ok}}, failing: {{failed}}.',
    emptyTitle: 'No integrations yet',
    emptyBody:
      'Add the keys of your OpenAI, Google Cloud, AWS or Azure accounts. They are stored encrypted in your vault and never shown again.',
    emptyAction: 'Add your first integration',
    loadFailed: 'The integrations could not be loaded.',
    retry: 'Try again',
    listLabel: 'Your integrations',
  },
  row: {
    identity: 'Identity',
    lastVerified: 'Last verified',
    lastUsed: 'Last used',
    test: 'Test connection',
    testing: 'Testing…',
    cancelTest: 'Cancel test',
    manage: 'Manage',
    manageLabel: 'Manage {{name}}',
  },
  add: {
    title: 'New integration',
    provider: 'Provider',
    name: 'Name',
    namePlaceholder: 'e.g. Production OpenAI',
    saveAndVerify: 'Save and verify',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    savedTitle: '“{{name}}” was saved',
    savedUnverified: 'It was not tested. You can test it from the list.',
    failedTitle: 'The integration was not saved',
    done: 'Done',
    addAnother: 'Add another',
    secretsNote: 'Secrets are sent to the vault and cleared from this form as soon as you save.',
  },
  addCheck: addCheckEn,
  listView: listViewEn,
  feedback: feedbackEn,
  secrets: secretsEn,
  about: aboutEn,
  times: timesEn,
  fields: {
    optional: '{{label}} (optional)',
    openaiApiKey: 'API key',
    openaiBaseUrl: 'Base URL',
    openaiBaseUrlHint: 'Only for OpenAI-compatible endpoints. Leave empty for api.openai.com.',
    openaiDefaultBaseUrl: 'api.openai.com (default)',
    openaiOrganization: 'Organization ID',
    openaiProject: 'Project ID',
    awsAccessKeyId: 'Access key ID',
    awsSecretAccessKey: 'Secret access key',
    awsSessionToken: 'Session token',
    awsSessionTokenHint: 'Needed for temporary keys (starting with ASIA).',
    awsRegion: 'Region',
    awsRegionHint: 'Pick one or type any region code.',
    anthropicApiKey: 'API key',
    geminiApiKey: 'API key',
    mistralApiKey: 'API key',
    azure_openaiApiKey: 'API key',
    azureOpenAiEndpoint: 'Endpoint',
    azureOpenAiEndpointHint:
      "The resource's endpoint, from Keys and Endpoint in the Azure portal (https://<resource>.openai.azure.com).",
    azureOpenAiApiVersion: 'API version',
    azureOpenAiApiVersionHint: 'A data-plane API version, such as 2024-10-21.',
    compatibleApiKey: 'API key',
    compatibleService: 'Service',
    compatibleCustom: 'Custom (your own server or gateway)',
    compatibleBaseUrl: 'Base URL',
    compatibleBaseUrlHint:
      'Only for Custom: https, or http for a server on this computer (127.0.0.1, localhost). A listed service always uses its own address.',
    azureTenantId: 'Directory (tenant) ID',
    azureClientId: 'Application (client) ID',
    azureClientSecret: 'Client secret',
    azureCloud: 'Cloud',
    azurePublic: 'Azure (global)',
    azureUsGovernment: 'Azure US Government',
    azureChina: 'Azure China (21Vianet)',
    azureCustom: 'Custom: {{host}}',
    googleJson: 'Service account key (JSON)',
    googleJsonHint: 'Paste the whole key file, or load it from disk.',
    googleFile: 'Load key file',
    googleFileFailed: 'The file could not be read.',
    googlePreview: 'Service account {{email}} in project {{project}}',
  },
  detail: detailEn,
  rotate: {
    title: 'Rotate credentials for “{{name}}”',
    intro:
      'The new credentials are tested first. The current ones stay in place if the test fails.',
    submit: 'Test and save',
    submitting: 'Testing…',
    saveAnyway: 'Save anyway',
    saved: 'The new credentials are saved.',
    notSaved: 'The new credentials failed the test and were not saved.',
    cancel: 'Cancel',
    done: 'Done',
  },
  plaintextKey: {
    title: 'Key stored unencrypted by an older version',
    why: 'An older version of Aterges kept this key in plain text. It is encrypted now, but database backups made before the upgrade may still hold a readable copy.',
    steps:
      'Rotate this key: create a new one at {{provider}}, enter it here, then revoke the old one.',
    rowSteps:
      'Rotate this key: create a new one at {{provider}}, enter it on its page, then revoke the old one.',
    rotate: 'Rotate key',
    rotateLabel: 'Rotate key of {{name}}',
    doneTitle: 'New key saved',
    doneBody:
      'Last step: revoke the old key at {{provider}}, so the copy in old backups stops working.',
  },
  remove: {
    title: 'Delete “{{name}}”?',
    body: 'The integration and its stored credentials will be removed from your vault. This cannot be undone.',
    confirmLabel: 'Type the name “{{name}}” to confirm',
    confirm: 'Delete integration',
    deleting: 'Deleting…',
    cancel: 'Cancel',
  },
  activity: activityEn,
  testResult: testResultEn,
  errors: {
    not_authenticated: 'Your session has ended. Sign in again.',
    not_found: 'It no longer exists.',
    invalid_input: 'Some information is not valid.',
    conflict: 'That conflicts with something that already exists.',
    offline: 'The server cannot be reached.',
    server_error: 'Something went wrong.',
    keychain_unavailable: 'The system keychain is not available.',
    not_configured: 'The app is not connected to a project yet.',
    cancelled: 'Cancelled.',
    rate_limited: 'Too many attempts in a short time.',
  },
  validation: validationKeysEn,
  native: nativeWordsEn,
  errorReason: { ...errorReasonEn, ...authReasonEn },
  authWords: authWordsEn,
  time: {
    never: 'Never',
  },
  dialog: {
    close: 'Close',
  },
};
