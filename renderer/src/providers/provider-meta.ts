import { PROVIDER_TYPES } from '../../../shared/providers.ts';
import type { ProviderType } from '../../../shared/providers.ts';

/** Product names are proper nouns: the same in every language (from the descriptors). */
export { PROVIDER_NAMES } from '../../../shared/providers/registry.ts';

/** The order providers are offered in the add dialog: the descriptor list's. */
export const PROVIDER_ORDER: readonly ProviderType[] = PROVIDER_TYPES;
