import { apiKeyProviderUi } from '../api-key-provider.tsx';

/** Four stacked bands, yellow to red. */
const BANDS = ['#f7d046', '#f2a73b', '#ee792f', '#e24d28'];

export const mistralUi = apiKeyProviderUi({
  type: 'mistral',
  glyph: {
    tile: '#fff7ed',
    edge: '#f3d9b8',
    mark: (
      <>
        {BANDS.map((colour, index) => (
          <rect key={colour} x="8" y={9 + index * 3.5} width="16" height="3.5" fill={colour} />
        ))}
      </>
    ),
  },
  label: 'mistralApiKey',
});
