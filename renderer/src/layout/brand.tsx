import { useTranslation } from 'react-i18next';

/** The app mark: a vault door, drawn inline (no image request under the CSP). */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect x="2" y="2" width="28" height="28" rx="8" fill="var(--accent)" />
        <circle
          cx="16"
          cy="16"
          r="7.5"
          fill="none"
          stroke="var(--accent-contrast)"
          strokeWidth="2.4"
        />
        <path
          d="M16 10.5v3M16 18.5v3M10.5 16h3M18.5 16h3"
          stroke="var(--accent-contrast)"
          strokeWidth="2.4"
          strokeLinecap="round"
        />
      </svg>
      <span className="brand-name">{t('app.name')}</span>
    </div>
  );
}
