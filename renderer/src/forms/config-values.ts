import { BOUND_CONFIG_KEYS } from '../../../shared/integration-config.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { uiByType } from '../providers/registry.ts';
import type { FieldValues } from './form-value-transforms.ts';

/*
 * A provider's settings come in two parts. The ENDPOINT settings (OpenAI base URL, Azure cloud)
 * decide where a credential is sent, so main changes them only together with new credentials
 * (BOUND_CONFIG_KEYS in shared/integration-config.ts): the rotate dialog edits them, the
 * settings form shows them read-only and sends the stored values back as they are. The OTHER
 * settings (OpenAI organization/project, AWS region) are edited in the settings form and sent
 * back as they are by the rotate dialog. Both forms send the whole config: main replaces it.
 */

export type ConfigPart = 'endpoint' | 'other';
type StoredConfig = Integration['config'];
type SetValues = Record<string, string | number | boolean>;

/** Every setting a provider's forms know, with the value a new integration starts from. */
export const defaultConfigValues = uiByType((ui) => ui.config.initial);

/** The settings of one part, by key. */
export function configKeys(type: ProviderType, part: ConfigPart): string[] {
  const endpoint: readonly string[] = BOUND_CONFIG_KEYS[type];
  return Object.keys(defaultConfigValues[type]).filter(
    (key) => endpoint.includes(key) === (part === 'endpoint'),
  );
}

/** Form values (strings) from an integration's stored config, defaults for what is missing. */
export function configValuesFrom(
  type: ProviderType,
  config: StoredConfig,
  part?: ConfigPart,
): FieldValues {
  const defaults = defaultConfigValues[type];
  const keys = part ? configKeys(type, part) : Object.keys(defaults);
  return Object.fromEntries(
    keys.map((key) => {
      const stored = config[key];
      return [
        key,
        stored === null || stored === undefined ? (defaults[key] ?? '') : String(stored),
      ];
    }),
  );
}

/** One part of the stored config exactly as stored, unset (null) settings left out. */
export function storedConfigPart(
  type: ProviderType,
  part: ConfigPart,
  config: StoredConfig,
): SetValues {
  const entries = configKeys(type, part).flatMap((key) => {
    const value = config[key];
    return value === null || value === undefined ? [] : [[key, value] as const];
  });
  return Object.fromEntries(entries);
}

/**
 * The config the settings form sends: its edited settings plus the endpoint settings as they
 * are stored (the renderer's latest copy), never a changed endpoint, which main would refuse.
 */
export function settingsConfigToSend(
  type: ProviderType,
  edited: unknown,
  stored: StoredConfig,
): Record<string, unknown> {
  const endpoint: readonly string[] = BOUND_CONFIG_KEYS[type];
  const others = Object.entries(edited as Record<string, unknown>).filter(
    ([key]) => !endpoint.includes(key),
  );
  return { ...Object.fromEntries(others), ...storedConfigPart(type, 'endpoint', stored) };
}
