import { z } from 'zod';
import {
  awsCredentialsSchema,
  azureCredentialsSchema,
  openAiCredentialsSchema,
} from '../../../shared/credentials.ts';
import {
  AWS_DEFAULT_REGION,
  AZURE_AUTHORITY_HOSTS,
  awsConfigSchema,
  azureConfigSchema,
  googleCloudConfigSchema,
  openAiConfigSchema,
} from '../../../shared/integration-config.ts';
import type {
  CreateIntegrationInput,
  RotateCredentialsInput,
} from '../../../shared/integration.ts';
import { integrationNameSchema } from '../../../shared/integration.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import type { FieldValues } from './form-value-transforms.ts';
import { dropBlank, googleKeyFileField, requireParsableUrls } from './form-value-transforms.ts';

/*
 * Form values are plain strings (what inputs hold); each schema below turns them into the
 * SHARED credential/config schemas' input, so the renderer validates exactly what main will.
 * Blank optional fields mean "not set". Parse with the async resolver: the Google key check is
 * asynchronous (WebCrypto).
 */

export type { FieldValues };

export interface CreateFormValues {
  name: string;
  credentials: FieldValues;
  config: FieldValues;
}
export interface SettingsFormValues {
  name: string;
  config: FieldValues;
}
export interface RotateFormValues {
  credentials: FieldValues;
}

const strings = <K extends string>(...keys: K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<K, z.ZodString>);

export const credentialFormSchemas = {
  openai: strings('apiKey').pipe(openAiCredentialsSchema),
  aws: strings('accessKeyId', 'secretAccessKey', 'sessionToken')
    .transform(dropBlank(['sessionToken']))
    .pipe(awsCredentialsSchema),
  azure: strings('tenantId', 'clientId', 'clientSecret').pipe(azureCredentialsSchema),
  google_cloud: z.object({ json: googleKeyFileField }).transform((value) => value.json),
} satisfies Record<ProviderType, z.ZodType>;

export const configFormSchemas = {
  openai: strings('baseUrl', 'organization', 'project')
    .transform(dropBlank())
    .transform(requireParsableUrls(['baseUrl']))
    .pipe(openAiConfigSchema),
  aws: strings('region').transform(dropBlank()).pipe(awsConfigSchema),
  azure: strings('authorityHost').transform(dropBlank()).pipe(azureConfigSchema),
  google_cloud: z.object({}).pipe(googleCloudConfigSchema),
} satisfies Record<ProviderType, z.ZodType>;

export const emptyCredentialValues: Record<ProviderType, FieldValues> = {
  openai: { apiKey: '' },
  aws: { accessKeyId: '', secretAccessKey: '', sessionToken: '' },
  azure: { tenantId: '', clientId: '', clientSecret: '' },
  google_cloud: { json: '' },
};

export const defaultConfigValues: Record<ProviderType, FieldValues> = {
  openai: { baseUrl: '', organization: '', project: '' },
  aws: { region: AWS_DEFAULT_REGION },
  azure: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
  google_cloud: {},
};

/** Settings form values from an integration's stored (non-secret) config. */
export function configValuesFrom(
  type: ProviderType,
  config: Record<string, string | number | boolean | null>,
): FieldValues {
  const defaults = defaultConfigValues[type];
  return Object.fromEntries(
    Object.keys(defaults).map((key) => {
      const stored = config[key];
      return [
        key,
        stored === null || stored === undefined ? (defaults[key] ?? '') : String(stored),
      ];
    }),
  );
}

interface Output<C = unknown> {
  name: string;
  credentials: C;
  config: unknown;
}

type FormSchema<In, Out> = z.ZodType<Out, In>;

export function createFormSchema(type: ProviderType): FormSchema<CreateFormValues, Output> {
  return z.object({
    name: integrationNameSchema,
    credentials: credentialFormSchemas[type],
    config: configFormSchemas[type],
  });
}

export function settingsFormSchema(
  type: ProviderType,
): FormSchema<SettingsFormValues, Omit<Output, 'credentials'>> {
  return z.object({
    name: integrationNameSchema,
    config: configFormSchemas[type],
  });
}

export function rotateFormSchema(
  type: ProviderType,
): FormSchema<RotateFormValues, Pick<Output, 'credentials'>> {
  return z.object({ credentials: credentialFormSchemas[type] });
}

export function emptyCreateValues(type: ProviderType, name = ''): CreateFormValues {
  return {
    name,
    credentials: { ...emptyCredentialValues[type] },
    config: { ...defaultConfigValues[type] },
  };
}

/**
 * The `integrations:create` request from a validated form. The cast is safe because each
 * provider's form schema pipes into that provider's shared schema (see the unit tests).
 */
export function toCreateInput(
  type: ProviderType,
  output: Output,
  verify: boolean,
): CreateIntegrationInput {
  const { name, credentials, config } = output;
  return { type, name, credentials, config, verify } as CreateIntegrationInput;
}

export function toRotateInput(
  type: ProviderType,
  id: string,
  output: Pick<Output, 'credentials'>,
  saveAnyway: boolean,
): RotateCredentialsInput {
  return { id, type, credentials: output.credentials, saveAnyway } as RotateCredentialsInput;
}
