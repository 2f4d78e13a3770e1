/**
 * Small windows, files and secrets (issue #14 §6): press-to-reveal, the live hint, the Google key
 * file drop zone, disabling with a confirmation. Registered as `secrets`.
 */
export const secretsEn = {
  reveal: 'Show {{label}} while pressed',
  liveHint: 'Starts with {{start}} and ends in {{end}} ({{count}} characters)',
  dropZone: 'Drop the service account .json file here, or click to choose it',
  dropZoneActive: 'Drop the file to load it',
  dropZoneNotJson: 'That file is not a .json file.',
  serviceAccount: 'Service account',
  project: 'Project',
  privateKey: 'Private key',
  privateKeyMasked: 'hidden (•••• sent encrypted to your vault)',
  replaceFile: 'Use another file',
  pasteInstead: 'Or paste the file’s contents here',
  discardTitle: 'Discard the key file?',
  discardBody: 'It will be cleared from this form and you will have to load it again.',
  discard: 'Discard',
  keepEditing: 'Keep editing',
  disableTitle: 'Disable “{{name}}”?',
  disableBody:
    'It will not be tested or counted in “Test all” until you enable it; the key stays stored.',
  disableConfirm: 'Disable',
  disableCancel: 'Cancel',
};
