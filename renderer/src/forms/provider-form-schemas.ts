import { z } from 'zod';
import {
  awsCredentialsSchema,
  azureCredentialsSchema,
  googleServiceAccountJsonSchema,
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

/*
 * Form values are plain strings (what inputs hold); each schema below turns them into the
 * SHARED credential/config schemas' input, so the renderer validates exactly what main will.
 * Blank optional fields mean "not set". Parse with the async resolver: the Google key check is
 * asynchronous (WebCrypto).
 */

export type FieldValues = Record<string, string>;

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

/** Drops blank entries of the listed keys (all keys when none are listed). */
function dropBlank(keys?: readonly string[]) {
  return (values: FieldValues): FieldValues =>
    Object.fromEntries(
      Object.entries(values).filter(
        ([key, value]) => value.trim() !== '' || (keys !== undefined && !keys.includes(key)),
      ),
    );
}

/**
 * The shared `endpointUrl` refinement calls `new URL()` even after its own URL check failed, so
 * a non-URL makes it throw instead of reporting (reported to the lead). Until that is fixed,
 * catch non-URLs here with the shared message, before the value reaches it.
 */
function requireParsableUrls(keys: readonly string[]) {
  return (values: FieldValues, ctx: z.RefinementCtx): FieldValues => {
    for (const key of keys) {
      const value = values[key];
      if (value !== undefined && !URL.canParse(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Enter a full URL (https://…).' });
      }
    }
    return values;
  };
}

/** The pasted key file checked by the shared schema; every problem is reported on the textarea. */
const googleKeyFileField = z.string().transform(async (text, ctx) => {
  const parsed = await googleServiceAccountJsonSchema.safeParseAsync(text);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    ctx.addIssue({
      code: 'custom',
      message:
        issue.code === 'invalid_type' && key
          ? `The key file has no valid "${key}".`
          : issue.message,
    });
  }
  return z.NEVER;
});

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
