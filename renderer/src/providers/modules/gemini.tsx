import {
  geminiConfigSchema,
  geminiCredentialsSchema,
} from '../../../../shared/providers/gemini.ts';
import { apiKeyProviderUi } from '../api-key-provider.tsx';

/* A four-pointed spark on a light square (evokes the product without copying its mark). */
function GeminiGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#eef3fe" stroke="#c6d5f7" />
      <path
        d="M16 6c.9 5.2 4.8 9.1 10 10-5.2.9-9.1 4.8-10 10-.9-5.2-4.8-9.1-10-10 5.2-.9 9.1-4.8 10-10Z"
        fill="#3b6fe0"
      />
    </>
  );
}

export const geminiUi = apiKeyProviderUi({
  type: 'gemini',
  Icon: GeminiGlyph,
  label: (t) => t('fields.geminiApiKey'),
  placeholder: 'AIza…',
  credentialsSchema: geminiCredentialsSchema,
  configSchema: geminiConfigSchema,
});
