import { t } from '../../shell/i18n';
import { SafetyListLater } from './SafetyListLater';

/** When to get help: always one click away, at the foot of every view. The list is the shared one (lib/tips/safety.ts). */
export function ClinicianNote() {
  return (
    <details class="clinician" id="clinician">
      {/* The list marker is replaced by our own chevron, which turns when the note opens: it looks openable. */}
      <summary>
        <span class="chevron" aria-hidden="true" />
        {t('popupClinicianSummary')}
      </summary>
      <SafetyListLater level={3} />
      <p>{t('popupClinicianPelvicPT')}</p>
      <p class="muted small">{t('notMedicalAdvice')}</p>
    </details>
  );
}
