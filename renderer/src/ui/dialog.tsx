import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Blocks closing (Escape, ×) while a request is in flight. */
  busy?: boolean;
  /**
   * Where focus goes on close when the control that opened the dialog is gone (what the dialog
   * did removed it), so keyboard focus is not dropped on <body>.
   */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * A native modal <dialog>: the browser makes the rest of the page inert and traps focus, Escape
 * closes it. Children mount only while open, so form state (and any secret typed into it) is
 * discarded when it closes. Focus goes to the first field on open and back to the opener on close.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  busy = false,
  fallbackFocus,
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>(
        '[data-autofocus], .dialog-body input:not([type=hidden]), .dialog-body select, .dialog-body textarea, .dialog-body button',
      );
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const restoreFocus = () => {
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    else fallbackFocus?.()?.focus();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      onClose={() => {
        restoreFocus();
        if (open) onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('dialog.close')}
              onClick={onClose}
              disabled={busy}
            >
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
