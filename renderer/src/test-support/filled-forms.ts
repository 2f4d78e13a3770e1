import type { ProviderType } from '../../../shared/providers.ts';
import type { CreateFormValues, FieldValues } from '../forms/provider-form-schemas.ts';
import { emptyCreateValues } from '../forms/provider-form-schemas.ts';
import { serviceAccountJson } from './service-account.ts';

/*
 * Per-provider form fixtures for the form schema tests: a create form filled as a user would (the
 * compiler asks for every provider type), and a stored config as the app writes it.
 */

/**
 * Valid credentials per provider, and the settings a user changes from the form's defaults. The
 * Google key file is made anew for each form.
 */
const FILLED: Record<
  ProviderType,
  { credentials: FieldValues | (() => Promise<FieldValues>); config?: FieldValues }
> = {
  openai: {
    credentials: { apiKey: 'sk-proj-canaryFORMopenai0000000000' },
    config: { baseUrl: '', organization: 'org-abcdefgh12', project: '' },
  },
  aws: {
    credentials: {
      accessKeyId: 'AKIAABCDEFGHIJKLMNOP',
      secretAccessKey: 'a'.repeat(40),
      sessionToken: '',
    },
    config: { region: 'eu-west-3' },
  },
  azure: {
    credentials: {
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
      clientSecret: 'canary-azure-secret-value',
    },
  },
  google_cloud: { credentials: async () => ({ json: await serviceAccountJson() }) },
  anthropic: { credentials: { apiKey: 'sk-ant-api03-canaryFORManthropic0000000000' } },
  azure_openai: {
    credentials: { apiKey: 'canaryFORMazureopenai00000000000000' },
    config: { endpoint: 'https://aterges.openai.azure.com', apiVersion: '2024-10-21' },
  },
  mistral: { credentials: { apiKey: 'canaryFORMmistral000000000000000' } },
  gemini: { credentials: { apiKey: 'AIzaSyCanaryFORMgemini00000000000000000' } },
  openai_compatible: {
    credentials: { apiKey: 'gsk_canaryFORMcompatible0000000000' },
    config: { preset: 'groq', baseUrl: '' },
  },
};

/** A create form with valid credentials and settings for `type` (a fresh copy each time). */
export async function filledValues(type: ProviderType): Promise<CreateFormValues> {
  const { credentials, config } = FILLED[type];
  const values = emptyCreateValues(type, `My ${type}`);
  values.credentials = typeof credentials === 'function' ? await credentials() : { ...credentials };
  if (config) values.config = { ...config };
  return values;
}

/**
 * A stored config as the app writes it: a compatible service always has its preset, an Azure
 * OpenAI resource its endpoint and API version.
 */
export function storedConfig(type: ProviderType): Record<string, string> {
  if (type === 'openai_compatible') return { preset: 'groq' };
  if (type === 'azure_openai') {
    return { endpoint: 'https://aterges.openai.azure.com', apiVersion: '2024-10-21' };
  }
  return {};
}
