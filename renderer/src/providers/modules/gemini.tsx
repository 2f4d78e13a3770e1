import { apiKeyProviderUi } from '../api-key-provider.tsx';

export const geminiUi = apiKeyProviderUi({
  type: 'gemini',
  // A four-pointed spark.
  glyph: {
    tile: '#eef3fe',
    edge: '#c6d5f7',
    mark: (
      <path
        d="M16 6c.9 5.2 4.8 9.1 10 10-5.2.9-9.1 4.8-10 10-.9-5.2-4.8-9.1-10-10 5.2-.9 9.1-4.8 10-10Z"
        fill="#3b6fe0"
      />
    ),
  },
  label: 'geminiApiKey',
  placeholder: 'AIza…',
});
