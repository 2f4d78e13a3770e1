import { apiKeyProviderUi } from '../api-key-provider.tsx';
import { outline } from '../provider-ui.ts';

export const anthropicUi = apiKeyProviderUi({
  type: 'anthropic',
  // A stylised "A" on warm paper.
  glyph: {
    tile: '#f0eee6',
    edge: '#d8d4c8',
    mark: <path d="M10 23 16 9l6 14M12.6 18h6.8" {...outline('#1f1e1d', 2.4)} />,
  },
  label: 'anthropicApiKey',
  placeholder: 'sk-ant-…',
});
