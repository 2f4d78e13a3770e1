import type { ProviderType } from '../../../shared/providers.ts';
import { PROVIDER_UI } from './registry.ts';

/** The provider's drawing (from its module); decorative, the name is written next to it. */
export function ProviderIcon({ type, size = 32 }: { type: ProviderType; size?: number }) {
  const Glyph = PROVIDER_UI[type].Icon;
  return (
    <svg
      className="provider-icon"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <Glyph />
    </svg>
  );
}
