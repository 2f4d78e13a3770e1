import { useState } from 'react';
import type { ComponentProps } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { liveSecretHint } from './live-secret-hint.ts';

type SecretInputProps = Omit<ComponentProps<'input'>, 'type'> & { field: string; label: string };

/**
 * A masked credential input with a press-to-reveal button (shown only while held, by pointer or
 * by Space/Enter, so it is never left visible) and the live hint of what was typed (issue #14 §6).
 */
export function SecretInput({ field, label, ...input }: SecretInputProps) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const value = useWatch({ control, name: field }) as string | undefined;
  const hint = liveSecretHint(value);
  const [revealed, setRevealed] = useState(false);
  const hide = () => setRevealed(false);
  const hintId = `${input.id}-live-hint`;
  return (
    <>
      <div className="secret-input">
        <input
          {...input}
          type={revealed ? 'text' : 'password'}
          aria-describedby={
            [input['aria-describedby'], hint ? hintId : null].filter(Boolean).join(' ') || undefined
          }
        />
        <button
          type="button"
          className="icon-button secret-reveal"
          aria-label={t('secrets.reveal', { label })}
          aria-pressed={revealed}
          onPointerDown={() => setRevealed(true)}
          onPointerUp={hide}
          onPointerLeave={hide}
          onBlur={hide}
          onKeyDown={(event) => {
            if (event.key === ' ' || event.key === 'Enter') {
              event.preventDefault();
              setRevealed(true);
            }
          }}
          onKeyUp={hide}
        >
          <svg
            width="18"
            height="18"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
            <circle cx="12" cy="12" r="3" />
          </svg>
        </button>
      </div>
      {hint && (
        <p className="field-hint mono secret-live-hint" id={hintId} data-testid="secret-live-hint">
          {t('secrets.liveHint', { ...hint })}
        </p>
      )}
    </>
  );
}
