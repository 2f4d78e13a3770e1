import type { ProviderType } from '../../../shared/providers.ts';
import { PROVIDER_UI } from './registry.ts';

/** The provider's glyph (from its module); decorative, the name is written next to it. */
export function ProviderIcon({ type, size = 32 }: { type: ProviderType; size?: number }) {
  const { tile, edge, mark } = PROVIDER_UI[type].glyph;
  return (
    <svg
      className="provider-icon"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill={tile} stroke={edge} />
      {mark}
    </svg>
  );
}
