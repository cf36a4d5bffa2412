import { browser } from 'wxt/browser';
import { t } from '../../lib/shell/i18n';

export function App() {
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="muted">{t('tagline')}</p>
      </header>
      <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
        {t('openOptions')}
      </a>
    </main>
  );
}
