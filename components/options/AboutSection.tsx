import { privacyPageFor } from '../../lib/locales/locales';
import { messagesLocale, t } from '../../shell/i18n';
import { SafetyList } from '../SafetyList';
import { Section } from './fields';

export function AboutSection() {
  return (
    <Section id="about" title={t('optionsAboutTitle')}>
      <p>{t('notMedicalAdvice')} {t('optionsAboutGuidance')}</p>
      <div class="note safety">
        <h3>{t('optionsSafetyTitle')}</h3>
        <SafetyList level={4} />
      </div>
      <p>{t('optionsSpecialist')}</p>
      <p class="muted">
        {t('optionsPrivacy')}{' '}
        {/* Shipped in the extension (made from PRIVACY.md and its translations at build): opens offline, and
            matches this version. */}
        <a href={`/${privacyPageFor(messagesLocale())}`} target="_blank" rel="noopener">
          {t('optionsPrivacyPolicy')}
        </a>
      </p>
      <p>
        <a href="/welcome.html" target="_blank" rel="noopener" class="welcome-again">
          {t('optionsShowWelcome')}
        </a>
      </p>
    </Section>
  );
}
