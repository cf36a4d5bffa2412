import { t } from '../../lib/shell/i18n';

export function App() {
  return (
    <main class="options">
      <h1>{t('extName')}</h1>
      <p class="muted">{t('tagline')}</p>
      <p>{t('notMedicalAdvice')}</p>
    </main>
  );
}
