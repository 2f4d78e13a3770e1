import type { Locator } from '@playwright/test';
import type { ProviderForm } from '../harness/provider-accounts.ts';
import type { Labels } from './labels.ts';

/** Types a provider's credentials into the add or rotate dialog, as a user would. */
export async function fillCredentials(scope: Locator, form: ProviderForm, t: Labels) {
  const field = (label: string) => scope.getByLabel(label, { exact: true });
  switch (form.type) {
    case 'openai':
      await field(t.fields.openaiApiKey).fill(form.apiKey);
      return;
    case 'aws':
      await field(t.fields.awsAccessKeyId).fill(form.accessKeyId);
      await field(t.fields.awsSecretAccessKey).fill(form.secretAccessKey);
      return;
    case 'azure':
      await field(t.fields.azureTenantId).fill(form.tenantId);
      await field(t.fields.azureClientId).fill(form.clientId);
      await field(t.fields.azureClientSecret).fill(form.clientSecret);
      return;
    case 'google_cloud':
      await field(t.fields.googleJson).fill(form.json);
      return;
    case 'openai_compatible':
      await field(t.fields.compatibleApiKey).fill(form.apiKey);
      return;
    case 'anthropic':
    case 'gemini':
    case 'mistral':
    case 'azure_openai':
      await field(t.fields[`${form.type}ApiKey`]).fill(form.apiKey);
      return;
  }
}

/** The provider's non-secret settings in the add dialog (the Azure cloud stays "global"). */
export async function fillSettings(scope: Locator, form: ProviderForm, t: Labels) {
  const field = (label: string) => scope.getByLabel(label, { exact: true });
  if (form.type === 'openai') await field(t.optional(t.fields.openaiBaseUrl)).fill(form.baseUrl);
  if (form.type === 'aws') await field(t.fields.awsRegion).fill(form.region);
  if (form.type === 'azure_openai') {
    await field(t.fields.azureOpenAiEndpoint).fill(form.endpoint);
    await field(t.fields.azureOpenAiApiVersion).fill(form.apiVersion);
  }
  if (form.type === 'openai_compatible') {
    await field(t.fields.compatibleService).selectOption('custom');
    await field(t.optional(t.fields.compatibleBaseUrl)).fill(form.baseUrl);
  }
}
