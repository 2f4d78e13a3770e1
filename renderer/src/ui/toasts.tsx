import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './toasts.css';

export interface ToastInput {
  message: string;
  /** Offered as "Undo" while the toast shows; the toast closes when it is pressed. */
  undo?: () => void;
}

interface Toast extends ToastInput {
  id: number;
}

/** Long enough to read a sentence and reach "Undo"; the pointer or focus on it holds it open. */
export const TOAST_LIFETIME_MS = 8_000;
/** Older toasts go first, so a burst of actions does not cover the page. */
const MAX_TOASTS = 3;

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** Shows a confirmation after an action (issue #14 §4). */
export function useToast(): (toast: ToastInput) => void {
  return use(ToastContext);
}

/**
 * The toasts of the signed-in app, in one polite live region (`role=status`) that is always in the
 * page: a region added together with its text is not announced by every screen reader.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-(MAX_TOASTS - 1)), { ...toast, id }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext value={value}>
      {children}
      <div
        className="toasts"
        role="status"
        aria-live="polite"
        aria-label={t('feedback.toastRegion')}
      >
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onDismiss, TOAST_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [held, onDismiss]);
  return (
    <div
      className="toast"
      data-testid="toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p>{toast.message}</p>
      {toast.undo && (
        <button
          type="button"
          className="button button-ghost"
          onClick={() => {
            onDismiss();
            toast.undo?.();
          }}
        >
          {t('feedback.undo')}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('feedback.dismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
