import {
  anthropicConfigSchema,
  anthropicCredentialsSchema,
} from '../../../../shared/providers/anthropic.ts';
import { apiKeyProviderUi } from '../api-key-provider.tsx';

/* A warm square with a stylised "A" (evokes the provider without copying its mark). */
function AnthropicGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#f0eee6" stroke="#d8d4c8" />
      <path
        d="M10 23 16 9l6 14M12.6 18h6.8"
        fill="none"
        stroke="#1f1e1d"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
    </>
  );
}

export const anthropicUi = apiKeyProviderUi({
  type: 'anthropic',
  Icon: AnthropicGlyph,
  label: (t) => t('fields.anthropicApiKey'),
  placeholder: 'sk-ant-…',
  credentialsSchema: anthropicCredentialsSchema,
  configSchema: anthropicConfigSchema,
});
