import type { TFunction } from 'i18next';
import { PROVIDERS } from '../../../shared/providers/registry.ts';
import type { activityEn } from '../preferences/locales/activity.en.ts';

/*
 * Audit events name the settings that changed by their stored keys (`config_keys`: ["baseUrl"]);
 * the page says them as the provider's form labels them ("URL base"). The keys come from every
 * provider's config schema, so a new setting without words fails the coverage test
 * (preferences/locales/reasons-coverage.test.ts).
 */

/** The settings that have words (the coverage test checks these are all of CONFIG_KEYS). */
type WordedKey = keyof typeof activityEn.configKey;

/** Every setting of every provider (shared/providers/*.ts), once. */
export const CONFIG_KEYS: readonly string[] = [
  ...new Set(PROVIDERS.flatMap((provider) => Object.keys(provider.config.shape))),
];

const isConfigKey = (key: string): key is WordedKey => CONFIG_KEYS.includes(key);

/** A setting's words; a key no provider has (another client's) is shown as it is. */
export function configKeyWord(t: TFunction, key: string): string {
  return isConfigKey(key) ? t(`activity.configKey.${key}`) : key;
}
