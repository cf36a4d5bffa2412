import { t, type MessageKey } from '../../shell/i18n';

const RED_FLAGS: MessageKey[] = [
  'popupClinicianNumbness',
  'popupClinicianBladder',
  'popupClinicianFever',
  'popupClinicianFall',
  'popupClinicianSevere',
  'popupClinicianNight',
];

/** When to get help: always one click away, at the foot of every view. */
export function ClinicianNote() {
  return (
    <details class="clinician" id="clinician">
      {/* The list marker is replaced by our own chevron, which turns when the note opens: it looks openable. */}
      <summary>
        <span class="chevron" aria-hidden="true" />
        {t('popupClinicianSummary')}
      </summary>
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
