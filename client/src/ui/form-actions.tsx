import { useI18n } from '../i18n/i18n';

/** A form's submit button ("Menyimpan…" while it saves) and, when it can be left, "Batal". */
export function FormActions({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('form.saving') : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="btn" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      )}
    </div>
  );
}
