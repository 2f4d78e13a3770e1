import { z } from 'zod';
import { BOUND_CONFIG_KEYS } from '../../../shared/integration-config.ts';
import type {
  CreateIntegrationInput,
  RotateCredentialsInput,
} from '../../../shared/integration.ts';
import { integrationNameSchema } from '../../../shared/integration.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { defaultConfigValues, storedConfigPart } from './config-values.ts';
import type { FieldValues } from './form-value-transforms.ts';
import { uiByType } from '../providers/registry.ts';

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
  /** The endpoint settings only (see config-values.ts). */
  config: FieldValues;
}

/** Each provider's form schemas come from its module (renderer/src/providers/modules/). */
export const credentialFormSchemas = uiByType((ui) => ui.credentials.schema);
export const configFormSchemas = uiByType((ui) => ui.config.schema);

/**
 * The settings form: the settings NOT bound to the key (BOUND_CONFIG_KEYS), which it only shows.
 * Today every provider setting is bound (each one reaches the provider with the key), so this
 * form edits the name only; a future unbound setting gets its field here.
 */
export const settingsConfigFormSchemas = uiByType(() => z.object({}));

/** The rotate dialog: the settings bound to the key, which change together with it. */
export const endpointConfigFormSchemas = configFormSchemas;

export const emptyCredentialValues = uiByType((ui) => ui.credentials.initial);

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
    config: settingsConfigFormSchemas[type],
  });
}

export function rotateFormSchema(
  type: ProviderType,
): FormSchema<RotateFormValues, Omit<Output, 'name'>> {
  return z.object({
    credentials: credentialFormSchemas[type],
    config: endpointConfigFormSchemas[type],
  });
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

/**
 * The `integrations:rotate` request. For a provider with endpoint settings it carries the FULL
 * config, which main stores with the new credentials: the endpoint settings from the dialog and
 * the others exactly as stored (`stored`, the integration's current config).
 */
export function toRotateInput(
  type: ProviderType,
  id: string,
  output: Omit<Output, 'name'>,
  saveAnyway: boolean,
  stored: Record<string, string | number | boolean | null>,
): RotateCredentialsInput {
  const input = { id, type, credentials: output.credentials, saveAnyway };
  if (BOUND_CONFIG_KEYS[type].length === 0) return input as RotateCredentialsInput;
  const config = { ...storedConfigPart(type, 'other', stored), ...(output.config as object) };
  return { ...input, config } as RotateCredentialsInput;
}
