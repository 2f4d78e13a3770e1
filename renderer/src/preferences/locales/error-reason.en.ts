/** English words for main's error reasons (shared/errors.ts APP_ERROR_REASONS). */
export const errorReasonEn = {
  server_unreachable:
    'Cannot reach the server. Check your connection; changes are possible once it is back.',
  vault_offline: 'You are offline. Changes can be made once the connection is back.',
  integration_not_found: 'This integration does not exist (or is no longer yours).',
  duplicate_name: 'You already have an integration with this name.',
  value_refused: 'The server refused a value as invalid.',
  sign_in_required: 'Sign in to use your vault.',
  session_expired: 'Your session has expired. Sign in again.',
  second_factor_required: 'Enter the code from your authenticator app to open your keys.',
  database_not_ready:
    'The server is missing part of the vault database. Are the migrations applied?',
  server_unavailable: 'The server is unavailable right now. Try again shortly.',
  server_failed: 'The server could not complete this request.',
  unexpected_answer:
    'The server answered in a way this version of the app does not understand. Update the app or the database.',
  nothing_to_change: 'Nothing to change: give a new name or settings.',
  wrong_provider: 'These credentials are for a different provider than the integration.',
  stored_credentials_malformed:
    'The stored credentials are not in the expected format. Rotate them to fix this.',
  project_not_set: 'No Supabase project is set. Add your project URL and key in Settings.',
  project_not_changed: 'The project was not changed.',
  list_needs_sign_in: 'Sign in to see your integrations.',
  user_changed: 'The signed-in user changed.',
  keychain_missing:
    'No keychain (Secret Service) is running on this desktop, so you will be signed out when the app quits. Install or start GNOME Keyring or KWallet to stay signed in.',
  keychain_locked:
    'The keychain is locked, so you will be signed out when the app quits. Unlock it to stay signed in.',
  keychain_failed: 'The keychain could not be used, so you will be signed out when the app quits.',
  too_many_tests:
    'This integration was tested many times in a row. Wait {{duration}} before testing it again.',
  request_refused: 'The request was refused.',
  unknown_request: 'The app does not know this request.',
  unexpected_failure: 'Something went wrong. Please try again.',
  export_write_failed:
    'The file could not be saved there. Choose another folder, or check that there is free space.',
  app_locked: 'Aterges is locked. Unlock it with your password to continue.',
  unlock_tries_exhausted:
    'Too many failed unlock attempts: you have been signed out. Sign in again.',
  database_unreachable:
    'Could not connect to the database. Check the host and port of the connection string (Supabase → Connect) and your connection.',
  database_wrong_password:
    'The database refused the user or password. Copy the connection string again, with the database password.',
  database_permission_denied:
    "That user cannot create Aterges' tables. Use the project's postgres user.",
  database_no_vault: 'That database has no Supabase Vault. Use the database of a Supabase project.',
  database_schema_newer:
    'A newer version of Aterges Desktop prepared this project ({{version}}). Update the app before using it.',
  database_migration_failed:
    'Step {{version}} of the setup could not be applied. Nothing of that step was changed; try again.',
  database_setup_incomplete:
    'The setup finished, but functions or permissions are missing. Prepare the project again.',
  database_setup_running: 'A project is already being prepared. Wait until it finishes.',
};
