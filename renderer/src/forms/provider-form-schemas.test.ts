import { describe, expect, it } from 'vitest';
import {
  createIntegrationInputSchema,
  rotateCredentialsInputSchema,
  updateIntegrationInputSchema,
} from '../../../shared/integration.ts';
import {
  AZURE_AUTHORITY_HOSTS,
  BOUND_CONFIG_KEYS,
  configSchemaByProvider,
} from '../../../shared/integration-config.ts';
import { PROVIDER_TYPES } from '../../../shared/providers.ts';
import { filledValues, storedConfig } from '../test-support/filled-forms.ts';
import { serviceAccountJson } from '../test-support/service-account.ts';
import {
  configKeys,
  configValuesFrom,
  defaultConfigValues,
  settingsConfigToSend,
} from './config-values.ts';
import {
  createFormSchema,
  emptyCreateValues,
  rotateFormSchema,
  settingsFormSchema,
  toCreateInput,
  toRotateInput,
} from './provider-form-schemas.ts';
import { fieldIssueMessage } from '../../../shared/field-issues.ts';

const ID = '5b0e6a52-4a6b-4c1e-9a43-2d6f3c1b7e10';

describe('provider forms produce valid IPC requests', () => {
  for (const type of PROVIDER_TYPES) {
    it(`${type}: a filled create form becomes a valid integrations:create input`, async () => {
      const output = await createFormSchema(type).parseAsync(await filledValues(type));
      const input = toCreateInput(type, output, true);
      const parsed = await createIntegrationInputSchema.parseAsync(input);
      expect(parsed.type).toBe(type);
      expect(parsed.verify).toBe(true);
      expect(toCreateInput(type, output, false).verify).toBe(false);
    });

    it(`${type}: a filled rotate form becomes a valid integrations:rotate input`, async () => {
      const { credentials } = await filledValues(type);
      const output = await rotateFormSchema(type).parseAsync({
        credentials,
        config: configValuesFrom(type, storedConfig(type), 'endpoint'),
      });
      const parsed = await rotateCredentialsInputSchema.parseAsync(
        toRotateInput(type, ID, output, true, {}),
      );
      expect(parsed.saveAnyway).toBe(true);
    });

    it(`${type}: the settings form accepts the stored config and yields a valid config`, async () => {
      const stored = storedConfig(type);
      const output = await settingsFormSchema(type).parseAsync({
        name: 'Renamed',
        config: configValuesFrom(type, stored, 'other'),
      });
      const config = settingsConfigToSend(type, output.config, stored);
      expect(configSchemaByProvider[type].safeParse(config).success).toBe(true);
      expect(updateIntegrationInputSchema.safeParse({ id: ID, ...output, config }).success).toBe(
        true,
      );
    });

    it(`${type}: the endpoint settings are exactly the shared BOUND_CONFIG_KEYS`, () => {
      expect(configKeys(type, 'endpoint')).toEqual(BOUND_CONFIG_KEYS[type]);
      expect([...configKeys(type, 'endpoint'), ...configKeys(type, 'other')].sort()).toEqual(
        Object.keys(defaultConfigValues[type]).sort(),
      );
      // Every provider setting reaches the provider with the key today: the settings form edits none.
      expect(configKeys(type, 'other')).toEqual([]);
    });

    it(`${type}: an empty form reports errors on the fields, not the form`, async () => {
      const result = await createFormSchema(type).safeParseAsync(emptyCreateValues(type));
      expect(result.success).toBe(false);
      const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
      expect(paths).toContain('name');
      expect(paths.some((path) => path.startsWith('credentials.'))).toBe(true);
    });
  }

  it('leaves blank optional settings out instead of sending empty strings', async () => {
    const output = await createFormSchema('openai').parseAsync(await filledValues('openai'));
    expect(output.config).toEqual({ organization: 'org-abcdefgh12' });
  });

  it('reports a base URL that is not a URL on its field instead of throwing', async () => {
    const values = await filledValues('openai');
    values.config.baseUrl = 'not a url';
    const result = await createFormSchema('openai').safeParseAsync(values);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['config', 'baseUrl'],
        message: 'url_format',
      }),
    ]);
    values.config.baseUrl = 'http://example.com/v1';
    const insecure = await createFormSchema('openai').safeParseAsync(values);
    expect(insecure.error?.issues[0]?.message).toBe('url_https_only');
  });

  it('keeps an AWS session token when one is given and drops a blank one', async () => {
    const values = await filledValues('aws');
    const without = await createFormSchema('aws').parseAsync(values);
    expect(without.credentials).not.toHaveProperty('sessionToken');
    values.credentials.sessionToken = 'FwoGZXIvYXdzEXAMPLETOKEN';
    const withToken = await createFormSchema('aws').parseAsync(values);
    expect(withToken.credentials).toHaveProperty('sessionToken', 'FwoGZXIvYXdzEXAMPLETOKEN');
  });

  it('reports Google key problems on the textarea itself', async () => {
    const values = emptyCreateValues('google_cloud', 'Google');
    values.credentials.json = '{"type":"service_account"}';
    const result = await createFormSchema('google_cloud').safeParseAsync(values);
    const issues = result.error?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.join('.') === 'credentials.json')).toBe(true);
    expect(issues[0]?.message).toBe(fieldIssueMessage('key_file_field_invalid', 'project_id'));
  });

  it('rejects a Google key file whose private key is not a usable RSA key', async () => {
    const json = JSON.parse(await serviceAccountJson()) as Record<string, string>;
    json.private_key = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
    const result = await rotateFormSchema('google_cloud').safeParseAsync({
      credentials: { json: JSON.stringify(json) },
      config: {},
    });
    expect(result.error?.issues[0]?.message).toBe('google_private_key_unreadable');
  });

  it('rotating OpenAI sends the dialog’s base URL, organization and project with the key', async () => {
    const stored = {
      baseUrl: 'https://old.example.com/v1',
      organization: 'org-abcdefgh12',
      project: 'proj_abcdefgh12',
    };
    const credentials = { apiKey: 'sk-proj-canaryFORMopenai0000000000' };
    const moved = await rotateFormSchema('openai').parseAsync({
      credentials,
      config: {
        baseUrl: 'https://new.example.com/v1',
        organization: 'org-zyxwvuts98',
        project: 'proj_zyxwvuts98',
      },
    });
    const input = toRotateInput('openai', ID, moved, false, stored);
    expect(input.config).toEqual({
      baseUrl: 'https://new.example.com/v1',
      organization: 'org-zyxwvuts98',
      project: 'proj_zyxwvuts98',
    });
    expect(rotateCredentialsInputSchema.safeParse(input).success).toBe(true);
    // Blank means "not set" (a blank base URL is api.openai.com): cleared in the dialog, the
    // stored value is NOT carried over, so the new key goes out without it.
    const cleared = await rotateFormSchema('openai').parseAsync({
      credentials,
      config: { baseUrl: '', organization: '', project: 'proj_abcdefgh12' },
    });
    expect(toRotateInput('openai', ID, cleared, false, stored).config).toEqual({
      project: 'proj_abcdefgh12',
    });
  });

  it('the rotate dialog checks the bound settings with the shared schemas', async () => {
    const result = await rotateFormSchema('openai').safeParseAsync({
      credentials: { apiKey: 'sk-proj-canaryFORMopenai0000000000' },
      config: { baseUrl: '', organization: 'acme', project: 'my project' },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['config', 'organization'],
        message: 'openai_organization_format',
      }),
      expect.objectContaining({ path: ['config', 'project'], message: 'openai_project_format' }),
    ]);
    const region = await rotateFormSchema('aws').safeParseAsync({
      credentials: (await filledValues('aws')).credentials,
      config: { region: 'eu west 3' },
    });
    expect(region.error?.issues).toEqual([
      expect.objectContaining({ path: ['config', 'region'], message: 'aws_region_format' }),
    ]);
  });

  it('rotating Azure sends the chosen cloud, AWS the chosen region; Google sends no config', async () => {
    const azure = await rotateFormSchema('azure').parseAsync({
      credentials: (await filledValues('azure')).credentials,
      config: { authorityHost: AZURE_AUTHORITY_HOSTS.usGovernment },
    });
    expect(toRotateInput('azure', ID, azure, false, {}).config).toEqual({
      authorityHost: AZURE_AUTHORITY_HOSTS.usGovernment,
    });
    const aws = await rotateFormSchema('aws').parseAsync({
      credentials: (await filledValues('aws')).credentials,
      config: { region: 'ap-south-1' },
    });
    const awsInput = toRotateInput('aws', ID, aws, false, { region: 'eu-west-3' });
    expect(awsInput.config).toEqual({ region: 'ap-south-1' });
    expect(rotateCredentialsInputSchema.safeParse(awsInput).success).toBe(true);
    const google = await rotateFormSchema('google_cloud').parseAsync({
      credentials: (await filledValues('google_cloud')).credentials,
      config: {},
    });
    expect(toRotateInput('google_cloud', ID, google, false, {})).not.toHaveProperty('config');
  });

  it('the rotate dialog refuses a cloud that is not one of Microsoft’s', async () => {
    const result = await rotateFormSchema('azure').safeParseAsync({
      credentials: (await filledValues('azure')).credentials,
      config: { authorityHost: 'https://login.attacker.example' },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['config', 'authorityHost'],
        message: 'azure_cloud_choice',
      }),
    ]);
  });

  it('the settings form drops any bound setting its values hold and sends the stored ones', async () => {
    const edited = {
      baseUrl: 'https://attacker.example',
      organization: 'org-zyxwvuts98',
      project: 'proj_zyxwvuts98',
    };
    const output = await settingsFormSchema('openai').parseAsync({
      name: 'Renamed',
      config: edited,
    });
    expect(output).toEqual({ name: 'Renamed', config: {} });
    const aws = await settingsFormSchema('aws').parseAsync({
      name: 'Renamed',
      config: { region: 'ap-south-1' },
    });
    expect(aws.config).toEqual({});

    const stored = { baseUrl: 'https://llm.internal.example/v1', organization: 'org-abcdefgh12' };
    expect(settingsConfigToSend('openai', edited, stored)).toEqual(stored);
    expect(settingsConfigToSend('openai', edited, {})).toEqual({});
    expect(settingsConfigToSend('aws', { region: 'ap-south-1' }, { region: 'eu-west-3' })).toEqual({
      region: 'eu-west-3',
    });
    expect(
      settingsConfigToSend('azure', {}, { authorityHost: AZURE_AUTHORITY_HOSTS.china }),
    ).toEqual({ authorityHost: AZURE_AUTHORITY_HOSTS.china });
  });

  it('fills the forms from a stored config, defaults for what is missing', () => {
    expect(configValuesFrom('aws', { region: 'ap-south-1' })).toEqual({ region: 'ap-south-1' });
    expect(configValuesFrom('aws', {}, 'endpoint')).toEqual({ region: 'us-east-1' });
    expect(configValuesFrom('azure', {})).toEqual({
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(configValuesFrom('openai', { baseUrl: null })).toEqual({
      baseUrl: '',
      organization: '',
      project: '',
    });
    const stored = { baseUrl: 'https://x.example', organization: 'org-abcdefgh12' };
    expect(configValuesFrom('openai', stored, 'endpoint')).toEqual({
      baseUrl: 'https://x.example',
      organization: 'org-abcdefgh12',
      project: '',
    });
    expect(configValuesFrom('openai', stored, 'other')).toEqual({});
  });
});
