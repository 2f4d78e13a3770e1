import type { ProviderType } from '../../../shared/providers.ts';
import type { CreateFormValues } from '../forms/provider-form-schemas.ts';
import { emptyCreateValues } from '../forms/provider-form-schemas.ts';
import { serviceAccountJson } from './service-account.ts';

/*
 * Per-provider form fixtures for the form schema tests: a create form filled as a user would (the
 * compiler asks for every provider type), and a stored config as the app writes it.
 */

/** A create form with valid credentials and settings for `type`. */
export async function filledValues(type: ProviderType): Promise<CreateFormValues> {
  const values = emptyCreateValues(type, `My ${type}`);
  switch (type) {
    case 'openai':
      values.credentials = { apiKey: 'sk-proj-canaryFORMopenai0000000000' };
      values.config = { baseUrl: '', organization: 'org-abcdefgh12', project: '' };
      break;
    case 'aws':
      values.credentials = {
        accessKeyId: 'AKIAABCDEFGHIJKLMNOP',
        secretAccessKey: 'a'.repeat(40),
        sessionToken: '',
      };
      values.config = { region: 'eu-west-3' };
      break;
    case 'azure':
      values.credentials = {
        tenantId: 'contoso.onmicrosoft.com',
        clientId: '11111111-2222-3333-4444-555555555555',
        clientSecret: 'canary-azure-secret-value',
      };
      break;
    case 'google_cloud':
      values.credentials = { json: await serviceAccountJson() };
      break;
    case 'anthropic':
      values.credentials = { apiKey: 'sk-ant-api03-canaryFORManthropic0000000000' };
      break;
    case 'azure_openai':
      values.credentials = { apiKey: 'canaryFORMazureopenai00000000000000' };
      values.config = { endpoint: 'https://aterges.openai.azure.com', apiVersion: '2024-10-21' };
      break;
    case 'mistral':
      values.credentials = { apiKey: 'canaryFORMmistral000000000000000' };
      break;
    case 'gemini':
      values.credentials = { apiKey: 'AIzaSyCanaryFORMgemini00000000000000000' };
      break;
    case 'openai_compatible':
      values.credentials = { apiKey: 'gsk_canaryFORMcompatible0000000000' };
      values.config = { preset: 'groq', baseUrl: '' };
      break;
  }
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
