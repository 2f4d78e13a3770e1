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
      {copied ? t('testResult.copied') : '⧉'}
    </button>
  );
}
