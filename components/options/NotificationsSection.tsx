import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../shell/i18n';
import type { PermissionLevel } from '../../shell/notification-permission';
import { refusalText } from '../refusal-text';
import { ChoiceGroup, Section, SwitchField } from './fields';
import type { OptionsState } from './options-state';
import type { PageDeps } from './page-deps';

type TestResult = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; message: string };

export function NotificationsSection({ state, deps }: { state: OptionsState; deps: PageDeps }) {
  const permission = useSignal<PermissionLevel>('unknown');
  const test = useSignal<TestResult>({ kind: 'idle' });

  useEffect(() => {
    void deps.notificationPermission().then((level) => (permission.value = level));
  }, []);

  const sendTest = async () => {
    test.value = { kind: 'sending' };
    const reply = await deps.send({ type: 'test-reminder' });
    test.value = reply.ok ? { kind: 'sent' } : { kind: 'failed', message: refusalText(reply.problem) };
    // The answer may have changed since the page opened (the user just fixed a setting, or blocked us).
    permission.value = await deps.notificationPermission();
  };

  return (
    <Section id="notifications" title={t('optionsNotificationsTitle')} intro={t('optionsNotificationsIntro')}>
      {permission.value === 'denied' ? (
        <div class="note warn" role="status">
          <p>
            <strong>{t('optionsBlockedTitle')}</strong>
          </p>
          <p>{t('optionsBlockedWhatToDo')}</p>
          <p>{t('optionsBlockedStillWorks')}</p>
        </div>
      ) : null}
      <ChoiceGroup
        name="sound"
        legend={t('optionsSoundLegend')}
        selected={state.settings.value.sound}
        onPick={(sound) => state.update('sound', sound)}
        choices={[
          { value: false, label: t('optionsSoundOff'), description: t('optionsSoundOffHint') },
          { value: true, label: t('optionsSoundOn') },
        ]}
      />
      {/* Firefox cannot keep a notification on screen (no requireInteraction). */}
      {import.meta.env.FIREFOX ? null : (
        <SwitchField state={state} field="keepOnScreen" label={t('optionsKeepOnScreen')} description={t('optionsKeepOnScreenHint')} />
      )}
      <div class="test-row">
        <button type="button" class="button" onClick={sendTest} disabled={test.value.kind === 'sending'}>
          {t('optionsTestButton')}
        </button>
        <p class="test-result" role="status">
          {test.value.kind === 'sending' ? t('optionsTestSending') : null}
          {test.value.kind === 'sent' ? t('optionsTestSent') : null}
        </p>
      </div>
      {test.value.kind === 'failed' ? (
        <p class="note error" role="alert">
          {t('optionsTestFailed', test.value.message)}
        </p>
      ) : null}
    </Section>
  );
}
