import { BreathingDrill } from '../popup/BreathingDrill';
import { useReducedMotion } from '../popup/use-reduced-motion';
import { formatAt, formatWhen } from '../popup/format';
import { Illustration } from '../illustrations/index';
import { ChoiceGroup, NumberField } from '../options/fields';
import { TimeField } from '../options/ActiveHoursSection';
import { FEEDING_METHOD_LABELS } from '../options/feeding-method';
import { paceOf } from '../../lib/breathing/breathing';
import { FEEDING_METHODS, type FeedingMethod } from '../../lib/settings/settings';
import { INTERVAL_PRESETS_MIN, feedingChoice, intervalChoice, type IntervalPreset } from '../../lib/welcome/answers';
import { firstReminder } from '../../lib/welcome/first-reminder';
import { t, type MessageKey } from '../../shell/i18n';
import { PinDrawing } from './PinDrawing';
import type { Platform, WelcomeState } from './welcome-state';

type Props = {
  welcome: WelcomeState;
  onDrillFinished(durationSec: number): void;
  /** Opens the options page (a custom interval, or anything else). */
  openOptions(): void;
  firefox: boolean;
};

const FIXES: Record<Exclude<Platform, 'other'>, MessageKey> = {
  win: 'welcomeNotifyFixWindows',
  mac: 'welcomeNotifyFixMac',
  linux: 'welcomeNotifyFixLinux',
};

export function WelcomeApp({ welcome, onDrillFinished, openOptions, firefox }: Props) {
  return (
    <div class="welcome">
      <header class="welcome-intro">
        <div class="welcome-intro-text">
          <h1>{t('welcomeTitle')}</h1>
          <ul class="welcome-what">
            <li>{t('welcomeWhat1')}</li>
            <li>{t('welcomeWhat2')}</li>
            <li>{t('welcomeWhat3')}</li>
          </ul>
          <p class="welcome-privacy">{t('welcomePrivacy')}</p>
        </div>
        <div class="welcome-intro-art">
          <Illustration id="breathing-360" />
        </div>
      </header>
      <main class="welcome-main">
        <Questions welcome={welcome} openOptions={openOptions} />
        <div class="welcome-side">
          <NotificationTest welcome={welcome} firefox={firefox} />
          <FindTheIcon welcome={welcome} firefox={firefox} />
          <Drill welcome={welcome} onDrillFinished={onDrillFinished} />
          <Done welcome={welcome} openOptions={openOptions} />
        </div>
      </main>
    </div>
  );
}

function Questions({ welcome, openOptions }: { welcome: WelcomeState; openOptions(): void }) {
  const s = welcome.settings.settings.value;
  if (!welcome.settings.loaded.value) return <section class="card welcome-questions" aria-busy="true" />;
  const interval = intervalChoice(s);
  return (
    <section class="card welcome-questions" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('welcomeQuestionsTitle')}</h2>
      <p class="intro muted">{t('welcomeQuestionsIntro')}</p>
      {welcome.settings.status.value.kind === 'failed' ? (
        <p class="note error" role="alert">
          {t('welcomeSaveFailed')}
        </p>
      ) : null}
      <div class="question-grid">
        <div class="question-column">
          <ChoiceGroup
            name="gave-birth"
            legend={t('welcomeGaveBirthLegend')}
            selected={s.gaveBirth}
            onPick={(value) => welcome.answer({ question: 'gave-birth', value })}
            choices={[
              { value: true, label: t('welcomeGaveBirthYes') },
              { value: false, label: t('welcomeGaveBirthNo'), description: t('welcomeGaveBirthNoHint') },
              { value: null, label: t('welcomePreferNotToSay') },
            ]}
          />
          {s.gaveBirth === false ? null : (
            <>
              <NumberField
                state={welcome.settings}
                field="weeksSinceBirth"
                label={t('welcomeWeeksShare')}
                unit={t('optionsUnitWeeks')}
                note={t('welcomeWeeksHint')}
              />
              <ChoiceGroup
                name="caesarean"
                inline
                legend={t('welcomeCaesareanLegend')}
                selected={s.caesarean}
                onPick={(value) => welcome.answer({ question: 'caesarean', value })}
                choices={[
                  { value: true, label: t('optionsYes') },
                  { value: false, label: t('optionsNo') },
                  { value: null, label: t('welcomePreferNotToSay') },
                ]}
              />
            </>
          )}
        </div>
        <div class="question-column">
          <ChoiceGroup<FeedingMethod | null>
            name="feeding"
            inline
            legend={t('welcomeFeedingLegend')}
            selected={feedingChoice(s)}
            onPick={(value) => value && welcome.answer({ question: 'feeding', value })}
            choices={FEEDING_METHODS.map((method) => ({
              value: method,
              label: t(FEEDING_METHOD_LABELS[method]),
            }))}
            describedBy="feeding-hint"
          />
          <p class="hint question-hint" id="feeding-hint">
            {t('welcomeFeedingNoneHint')}
          </p>
          <fieldset class="field welcome-hours">
            <legend>{t('welcomeHoursLegend')}</legend>
            <div class="time-row">
              <TimeField state={welcome.settings} field="activeStartMin" label={t('welcomeHoursFrom')} />
              <TimeField state={welcome.settings} field="activeEndMin" label={t('welcomeHoursTo')} />
            </div>
          </fieldset>
          <ChoiceGroup<IntervalPreset | 'custom'>
            name="movement-interval"
            inline
            legend={t('welcomeIntervalLegend')}
            selected={interval}
            onPick={(value) => (value === 'custom' ? openOptions() : welcome.answer({ question: 'movement-interval', value }))}
            choices={[
              ...INTERVAL_PRESETS_MIN.map((min) => ({ value: min, label: t('durationMin', min) })),
              {
                value: 'custom' as const,
                label: t('welcomeIntervalCustom'),
              },
            ]}
            describedBy="interval-hint"
          />
          <p class="hint question-hint" id="interval-hint">
            {interval === 'custom' ? t('welcomeIntervalCustomNow', s.movementIntervalMin) : t('welcomeIntervalCustomLink')}
          </p>
        </div>
      </div>
    </section>
  );
}

function NotificationTest({ welcome, firefox }: { welcome: WelcomeState; firefox: boolean }) {
  const outcome = welcome.test.value;
  const platform = welcome.platform.value;
  const needsFix = outcome === 'blocked' || outcome === 'refused';
  const others = (Object.keys(FIXES) as Array<keyof typeof FIXES>).filter((p) => p !== platform);
  return (
    <section class="card" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('welcomeNotifyTitle')}</h2>
      <p class="muted">{t('welcomeNotifyIntro')}</p>
      <button type="button" class="button primary" disabled={outcome === 'sending'} onClick={() => void welcome.sendTest()}>
        {t('welcomeNotifyButton')}
      </button>
      <div role="status" class="test-outcome">
        {outcome === 'sending' ? <p>{t('welcomeNotifySending')}</p> : null}
        {outcome === 'shown' ? <p>{t('welcomeNotifyShown')}</p> : null}
        {outcome === 'blocked' ? <p class="note warn">{t('welcomeNotifyBlocked')}</p> : null}
        {outcome === 'refused' ? <p class="note warn">{t('welcomeNotifyRefused')}</p> : null}
      </div>
      {needsFix ? (
        <div class="fix">
          <h3>{t('welcomeNotifyFixTitle')}</h3>
          <ul>
            {firefox ? null : <li>{t('welcomeNotifyFixChrome')}</li>}
            {platform === 'other' ? null : <li>{t(FIXES[platform])}</li>}
          </ul>
          <details>
            <summary>{t('welcomeNotifyOtherSystems')}</summary>
            <ul>
              {(platform === 'other' ? (Object.keys(FIXES) as Array<keyof typeof FIXES>) : others).map((p) => (
                <li key={p}>{t(FIXES[p])}</li>
              ))}
            </ul>
          </details>
          <p class="muted">{t('welcomeNotifyStillWorks')}</p>
        </div>
      ) : null}
    </section>
  );
}

function FindTheIcon({ welcome, firefox }: { welcome: WelcomeState; firefox: boolean }) {
  const keys = welcome.shortcut.value;
  return (
    <section class="card find-icon" aria-labelledby="icon-title">
      <h2 id="icon-title">{t('welcomeIconTitle')}</h2>
      <div class="find-icon-body">
        <PinDrawing label={t('welcomeIconAlt')} />
        <p>{firefox ? t('welcomeIconFirefox') : t('welcomeIconChrome')}</p>
      </div>
      <p class="muted">{keys ? t('welcomeShortcut', keys) : t('welcomeShortcutUnset')}</p>
    </section>
  );
}

function Drill({ welcome, onDrillFinished }: { welcome: WelcomeState; onDrillFinished(durationSec: number): void }) {
  const reducedMotion = useReducedMotion();
  return (
    <section class="card" aria-labelledby="drill-title">
      <h2 id="drill-title">{t('welcomeDrillTitle')}</h2>
      {welcome.drillOpen.value ? (
        <BreathingDrill
          pace={paceOf(welcome.settings.settings.value)}
          reducedMotion={reducedMotion}
          onFinish={onDrillFinished}
          onClose={() => (welcome.drillOpen.value = false)}
        />
      ) : (
        <>
          <p class="muted">{t('welcomeDrillIntro')}</p>
          <button type="button" class="button" onClick={() => (welcome.drillOpen.value = true)}>
            {t('welcomeDrillButton')}
          </button>
        </>
      )}
    </section>
  );
}

function Done({ welcome, openOptions }: { welcome: WelcomeState; openOptions(): void }) {
  const schedule = welcome.schedule.value;
  const now = welcome.now.value;
  let line = t('welcomeDoneLoading');
  if (schedule) {
    const first = firstReminder(schedule, welcome.settings.settings.value, now);
    if (first.kind === 'at') line = t('welcomeDoneAt', formatAt(first.at, now));
    else if (first.kind === 'paused') line = t('welcomeDonePaused', formatWhen(first.until, now));
    else if (first.kind === 'feeding') line = t('welcomeDoneFeeding');
    else if (first.kind === 'off') line = t('welcomeDoneOff');
    else line = t('welcomeDoneNone');
  }
  return (
    <section class="card welcome-done" aria-labelledby="done-title">
      <h2 id="done-title">{t('welcomeDoneTitle')}</h2>
      <p role="status" class="first-reminder">
        {line}
      </p>
      <button type="button" class="button link" onClick={openOptions}>
        {t('welcomeOpenSettings')}
      </button>
    </section>
  );
}
