import { describe, expect, it } from 'vitest';
import { createFormSchema, rotateFormSchema } from '../../forms/provider-form-schemas.ts';
import { credentialsSignInSchema, signUpSchema } from '../../../../shared/session.ts';
import { connectionSettingsSchema } from '../../../../shared/app-settings.ts';
import { fakeJwt } from '../../test-support/fake-main.ts';
import { PROVIDER_TYPES } from '../../../../shared/providers.ts';
import { serviceAccountJson } from '../../test-support/service-account.ts';
import { createI18n } from '../i18n.ts';
import { translateValidation } from '../translate-validation.ts';

const spanish = createI18n('es');
const english = createI18n('en');
const isKey = (message: string) => /^[a-z][a-z0-9_]*$/.test(message);

/** Wrong values for every form field, to make the shared schemas say everything they can. */
const badCredentials = [
  { apiKey: 'nope', accessKeyId: 'x', secretAccessKey: 'y', sessionToken: 'short' },
  { accessKeyId: 'ASIAABCDEFGHIJKLMNOP', secretAccessKey: 'a'.repeat(40), sessionToken: '' },
  { tenantId: '!', clientId: 'x', clientSecret: 'short' },
  { clientSecret: 'x'.repeat(1025) },
];
const badConfigs = [
  {
    baseUrl: 'nope',
    organization: 'x',
    project: 'y',
    region: 'moon',
    authorityHost: 'http://x',
    endpoint: 'https://evil.example.com',
    apiVersion: 'latest',
  },
  { baseUrl: 'http://example.com' },
];

/** Project URLs and keys wrong in every way the shared connection schema knows. */
function connectionMessages(): string[] {
  const anon = fakeJwt({ role: 'anon', ref: 'otherprojectref' });
  const connections = [
    { supabaseUrl: '', supabaseAnonKey: '' },
    { supabaseUrl: 'not a url', supabaseAnonKey: 'nope' },
    { supabaseUrl: 'http://example.com', supabaseAnonKey: 'sb_secret_abcdefghijkl' },
    { supabaseUrl: 'ftp://example.com', supabaseAnonKey: fakeJwt({ role: 'service_role' }) },
    { supabaseUrl: 'https://u:p@example.com', supabaseAnonKey: fakeJwt({ role: 'authenticated' }) },
    { supabaseUrl: 'https://example.com/rest/v1', supabaseAnonKey: fakeJwt({ sub: 'x' }) },
    { supabaseUrl: 'https://thisprojectref.supabase.co', supabaseAnonKey: anon },
    { supabaseUrl: `https://${'x'.repeat(2050)}.co`, supabaseAnonKey: 'x'.repeat(4097) },
  ];
  return connections.flatMap(
    (value) => connectionSettingsSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [],
  );
}

async function googleMessages(): Promise<string[]> {
  const good = JSON.parse(await serviceAccountJson()) as Record<string, string>;
  const variants = [
    'not json',
    JSON.stringify({ ...good, type: 'user' }),
    JSON.stringify({ ...good, project_id: ' ' }),
    JSON.stringify({ ...good, client_email: 'x' }),
    JSON.stringify({ ...good, private_key_id: 'x' }),
    JSON.stringify({ ...good, private_key: 'x' }),
    JSON.stringify({ ...good, token_uri: 'x' }),
    JSON.stringify({
      ...good,
      private_key: '-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----',
    }),
    'x'.repeat(70_000),
  ];
  const messages: string[] = [];
  for (const json of variants) {
    const result = await rotateFormSchema('google_cloud').safeParseAsync({
      credentials: { json },
      config: {},
    });
    messages.push(...(result.error?.issues.map((issue) => issue.message) ?? []));
  }
  return messages;
}

describe('validation messages in Spanish', () => {
  it('has a Spanish version of every message the shared schemas produce in the forms', async () => {
    const messages = new Set<string>([...(await googleMessages()), ...connectionMessages()]);
    for (const type of PROVIDER_TYPES) {
      for (const [index, credentials] of badCredentials.entries()) {
        const values = {
          name: ['', 'x'.repeat(101), 'a\u202Eb'][index % 3],
          credentials: {
            apiKey: '',
            accessKeyId: '',
            secretAccessKey: '',
            sessionToken: '',
            tenantId: '',
            clientId: '',
            clientSecret: '',
            json: '',
            ...credentials,
          },
          config: {
            baseUrl: '',
            preset: '',
            organization: '',
            project: '',
            region: '',
            authorityHost: '',
            endpoint: '',
            apiVersion: '',
            ...badConfigs[index % 2],
          },
        };
        const result = await createFormSchema(type).safeParseAsync(values);
        for (const issue of result.error?.issues ?? []) messages.add(issue.message);
      }
    }
    for (const schema of [credentialsSignInSchema, signUpSchema]) {
      for (const value of [
        { email: 'x', password: '' },
        { email: 'x', password: 'x'.repeat(201) },
      ]) {
        for (const issue of schema.safeParse(value).error?.issues ?? [])
          messages.add(issue.message);
      }
    }
    expect(messages.size).toBeGreaterThan(25);
    // A key (the converted schemas) must have words in both languages; an English sentence (the
    // schemas not converted yet) must have a Spanish one.
    const untranslated = [...messages].filter(
      (message) =>
        translateValidation(message, 'es', spanish) === message ||
        translateValidation(message, 'en', english) === (isKey(message) ? message : ''),
    );
    expect(untranslated).toEqual([]);
  });
});
