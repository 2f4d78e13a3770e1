export const detailEn = {
  back: 'Back to integrations',
  rotate: 'Rotate credentials',
  disable: 'Disable',
  enable: 'Enable',
  delete: 'Delete',
  settingsTitle: 'Name and options',
  saveSettings: 'Save changes',
  settingsSaved: 'Changes saved.',
  endpointHint:
    'These settings travel with your credentials to the provider, so they change only together with them, in “Rotate credentials”.',
  endpointChange: 'Change with new credentials',
  lastTestTitle: 'Last test',
  noTestYet: 'No test run in this session.',
  notFound: 'This integration no longer exists.',
  provider: 'Provider',
  credentialsVersion: 'Credentials version',
  created: 'Created',
};
