import type { ProviderType } from '../../../shared/providers.ts';
import { anthropicUi } from './modules/anthropic.tsx';
import { awsUi } from './modules/aws.tsx';
import { azureOpenAiUi } from './modules/azure-openai.tsx';
import { azureUi } from './modules/azure.tsx';
import { geminiUi } from './modules/gemini.tsx';
import { googleCloudUi } from './modules/google-cloud.tsx';
import { mistralUi } from './modules/mistral.tsx';
import { openAiCompatibleUi } from './modules/openai-compatible.tsx';
import { openAiUi } from './modules/openai.tsx';
import type { ProviderUi } from './provider-ui.ts';

/**
 * THE list of provider modules in the renderer: one per provider type, which the compiler checks
 * against the types in shared/providers/registry.ts.
 */
export const PROVIDER_UI: { readonly [T in ProviderType]: ProviderUi<T> } = {
  openai: openAiUi,
  google_cloud: googleCloudUi,
  aws: awsUi,
  azure: azureUi,
  openai_compatible: openAiCompatibleUi,
  anthropic: anthropicUi,
  gemini: geminiUi,
  mistral: mistralUi,
  azure_openai: azureOpenAiUi,
};

/** A map with one entry per provider type, from each module. */
export function uiByType<R>(pick: (ui: ProviderUi) => R): Record<ProviderType, R> {
  return Object.fromEntries(
    (Object.values(PROVIDER_UI) as ProviderUi[]).map((ui) => [ui.type, pick(ui)]),
  ) as Record<ProviderType, R>;
}
