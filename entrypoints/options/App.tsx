import { ActiveHoursSection } from '../../components/options/ActiveHoursSection';
import { AboutSection } from '../../components/options/AboutSection';
import { BreathingSection } from '../../components/options/BreathingSection';
import { DataSection } from '../../components/options/DataSection';
import { HistorySection } from '../../components/options/HistorySection';
import { NotificationsSection } from '../../components/options/NotificationsSection';
import { RecoverySection } from '../../components/options/RecoverySection';
import { RemindersSection } from '../../components/options/RemindersSection';
import { OptionsNav } from '../../components/options/OptionsNav';
import { RepairedNotice, SaveStatus } from '../../components/options/SaveStatus';
import type { OptionsState } from '../../components/options/options-state';
import type { PageDeps } from '../../components/options/page-deps';
import { t } from '../../shell/i18n';

export function App({ state, deps }: { state: OptionsState; deps: PageDeps }) {
  return (
    <div class="options-page">
      <header class="options-header">
        <div class="options-header-inner">
          <div>
            <h1>{t('optionsPageTitle')}</h1>
            <p class="muted">{t('optionsPageIntro')}</p>
          </div>
          <SaveStatus state={state} />
        </div>
      </header>
      <OptionsNav />
      <main class="options">
        <RepairedNotice state={state} />
        {state.loaded.value ? (
          <>
            <RemindersSection state={state} />
            <ActiveHoursSection state={state} canTellFullscreen={deps.canTellFullscreen} />
            <BreathingSection state={state} />
            <NotificationsSection state={state} deps={deps} />
            <RecoverySection state={state} />
          </>
        ) : (
          <p class="muted">{t('optionsLoading')}</p>
        )}
        <HistorySection deps={deps} />
        <DataSection state={state} deps={deps} />
        <AboutSection />
      </main>
    </div>
  );
}
