import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrameProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** Label, control, hint and error, wired with ids so screen readers announce all three. */
export function FieldFrame({ id, label, optional, hint, error, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{optional ? t('fields.optional', { label }) : label}</label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The `aria-describedby` value matching FieldFrame's hint and error ids. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
