import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies an identifier (a request id, a tenant id) for a support ticket. Uses the asynchronous
 * clipboard API, which main allows as the one permission the page has (write-only, sanitized).
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button
      type="button"
      className="button-link small copy-button"
      onClick={copy}
      aria-label={t('testResult.copy', { label })}
    >
      {copied ? t('testResult.copied') : <CopyIcon />}
    </button>
  );
}

/*
 * Two overlapping sheets, drawn rather than typed: the '⧉' character this button used to show has
 * no glyph in the fonts a Linux desktop usually has, and rendered as an empty box.
 */
function CopyIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      className="copy-icon"
    >
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  );
}
