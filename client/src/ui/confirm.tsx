import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorNotice } from './states';

/**
 * A confirmation step before an action that is hard to take back (deactivating an account
 * or an agency). A modal <dialog>: focus stays inside it, Escape cancels, focus starts on
 * the harmless choice and returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** A refusal of the confirmed action, shown inside the dialog. */
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) {
      d.close();
      if (opener.current?.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(ev) => {
        // Escape: the parent decides (it keeps the dialog while the action is running).
        ev.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {title}
      </h2>
      <div id={`${id}-body`} className="dialog-body">
        {children}
      </div>
      {error ? <ErrorNotice error={error} compact /> : null}
      <div className="form-actions">
        <button type="button" className="btn btn-danger" disabled={busy} onClick={onConfirm}>
          {busy ? t('form.saving') : confirmLabel}
        </button>
        <button type="button" className="btn" ref={cancel} disabled={busy} onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  );
}
