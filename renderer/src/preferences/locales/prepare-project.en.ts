export const prepareProjectEn = {
  title: 'Prepare project',
  intro:
    "Creates Aterges' tables and functions in your Supabase project's database, or updates them. The connection string is used once and never saved.",
  databaseUrl: 'Database connection string',
  databaseUrlHint:
    'In the Supabase dashboard: Connect → Direct connection (or Session pooler), with your database password in place of [YOUR-PASSWORD].',
  submit: 'Prepare project',
  applying: 'Applying step {{done}} of {{total}}…',
  step: {
    connect: 'Connecting to the database…',
    check_vault: 'Checking Supabase Vault…',
    read_history: 'Reading what is already there…',
    apply: 'Applying…',
    verify: 'Checking functions and permissions…',
  },
  upToDate: 'The project is already up to date.',
  prepared_one: 'The project is ready: {{count}} step applied.',
  prepared_other: 'The project is ready: {{count}} steps applied.',
  schemaOutdated:
    'This project needs updating: its database is older than this version of Aterges Desktop.',
  schemaNewer:
    'A newer version of Aterges Desktop prepared this project. Update the app to use it safely.',
  openSettings: 'Prepare project',
};
