import { t, type MessageKey } from '../../shell/i18n';

const RED_FLAGS: MessageKey[] = [
  'popupClinicianNumbness',
  'popupClinicianBladder',
  'popupClinicianFever',
  'popupClinicianFall',
  'popupClinicianSevere',
  'popupClinicianNight',
];

/** When to see a clinician: always one click away. */
export function ClinicianNote() {
  return (
    <details class="clinician" id="clinician">
      <summary>{t('popupClinicianSummary')}</summary>
      <p>{t('popupClinicianIntro')}</p>
      <ul>
        {RED_FLAGS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('popupClinicianPelvicPT')}</p>
      <p class="muted small">{t('notMedicalAdvice')}</p>
    </details>
  );
}
