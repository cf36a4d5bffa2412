import { t } from '../../shell/i18n';
import { SafetyListLater } from './SafetyListLater';

/** When to see a clinician: always one click away. The list itself is the shared one (lib/tips/safety.ts). */
export function ClinicianNote() {
  return (
    <details class="clinician" id="clinician">
      <summary>{t('popupClinicianSummary')}</summary>
      <SafetyListLater level={3} />
      <p>{t('popupClinicianPelvicPT')}</p>
      <p class="muted small">{t('notMedicalAdvice')}</p>
    </details>
  );
}
