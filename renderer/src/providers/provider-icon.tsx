import type { JSX } from 'react';
import type { ProviderType } from '../../../shared/providers.ts';

/*
 * Simple drawings that evoke each provider (colour and shape) without copying a trademark.
 * Decorative: the provider's name is always written next to them.
 */

function OpenAiGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#1f2328" stroke="#3d444d" />
      <g fill="none" stroke="#fff" strokeWidth="2">
        <ellipse cx="16" cy="16" rx="9" ry="4.5" />
        <ellipse cx="16" cy="16" rx="9" ry="4.5" transform="rotate(60 16 16)" />
        <ellipse cx="16" cy="16" rx="9" ry="4.5" transform="rotate(120 16 16)" />
      </g>
    </>
  );
}

function GoogleCloudGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#fff" stroke="#dadce0" />
      <path
        d="M10 22a5 5 0 0 1-.6-9.96A7 7 0 0 1 23 12.5a4.75 4.75 0 0 1-.5 9.5Z"
        fill="none"
        stroke="#4285f4"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
      <path d="M10 22h6" stroke="#34a853" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M9.4 12.04A7 7 0 0 1 14 9.2" stroke="#ea4335" strokeWidth="2.4" fill="none" />
      <circle cx="22.5" cy="22" r="1.6" fill="#fbbc04" />
    </>
  );
}

function AwsGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#232f3e" stroke="#3b4a5c" />
      <path d="M16 7l8 4.5v9L16 25l-8-4.5v-9Z" fill="#ff9900" />
      <path d="M8 11.5 16 16l8-4.5M16 16v9" fill="none" stroke="#232f3e" strokeWidth="1.6" />
    </>
  );
}

function AzureGlyph() {
  return (
    <>
      <rect width="32" height="32" rx="8" fill="#0078d4" />
      <path d="M14.5 7h4.2l-7.4 18H6.6Z" fill="#fff" />
      <path d="M19.6 11.5 25.4 25H12.8l7.5-2.1-3.7-4.4Z" fill="#cde6fb" />
    </>
  );
}

const GLYPHS: Record<ProviderType, () => JSX.Element> = {
  openai: OpenAiGlyph,
  google_cloud: GoogleCloudGlyph,
  aws: AwsGlyph,
  azure: AzureGlyph,
};

export function ProviderIcon({ type, size = 32 }: { type: ProviderType; size?: number }) {
  const Glyph = GLYPHS[type];
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
