import type { ProviderType } from '../../../shared/providers.ts';
import { PROVIDER_UI } from '../providers/registry.ts';
import type { ConfigPart } from './config-values.ts';
import { configKeys } from './config-values.ts';

/** The secret fields of a provider (from its module); shared by the add form and the rotate dialog. */
export function CredentialFields({ type }: { type: ProviderType }) {
  const Fields = PROVIDER_UI[type].CredentialFields;
  return <Fields />;
}

/**
 * The non-secret settings of a provider: all of them (add form), only the endpoint ones (rotate
 * dialog) or only the others (settings form). Which setting is in which part comes from
 * config-values.ts (BOUND_CONFIG_KEYS), never from the provider's module: today every setting is
 * bound, so the settings form shows none of these inputs and the rotate dialog shows them all.
 */
export function ConfigFields({ type, part }: { type: ProviderType; part?: ConfigPart }) {
  const shown = (key: string) => part === undefined || configKeys(type, part).includes(key);
  const Fields = PROVIDER_UI[type].ConfigFields;
  return <Fields shown={shown} />;
}
