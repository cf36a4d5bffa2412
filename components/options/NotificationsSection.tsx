import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { TestReminderResult } from '../../lib/schedule/test-reminder';
import { t, type MessageKey } from '../../shell/i18n';
import type { PermissionLevel } from '../../shell/notification-permission';
import { refusalText } from '../refusal-text';
import { ChoiceGroup, Section, SwitchField } from './fields';
import type { OptionsState } from './options-state';
import type { PageDeps } from './page-deps';

type TestResult = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; result: TestReminderResult } | { kind: 'failed'; message: string };

/** One sentence per answer the browser gave (see lib/schedule/test-reminder.ts). */
const TEST_SENTENCES: Record<TestReminderResult, MessageKey> = {
  shown: 'optionsTestShown',
  'closed-at-once': 'optionsTestClosedAtOnce',
  refused: 'optionsTestRefused',
  'permission-denied': 'optionsTestPermissionDenied',
  'no-answer': 'optionsTestNoAnswer',
};
/** Answers that mean the reminder may not have reached the screen: said as an alert. */
const isProblem = (result: TestReminderResult) => result !== 'shown' && result !== 'no-answer';

export function NotificationsSection({ state, deps }: { state: OptionsState; deps: PageDeps }) {
  const permission = useSignal<PermissionLevel>('unknown');
  const test = useSignal<TestResult>({ kind: 'idle' });

  useEffect(() => {
    void deps.notificationPermission().then((level) => (permission.value = level));
  }, []);

  const sendTest = async () => {
    test.value = { kind: 'sending' };
    const reply = await deps.send({ type: 'test-reminder' });
    // A background that answers without a result is an older one mid-update: it did send the reminder.
    test.value = reply.ok ? { kind: 'done', result: reply.test ?? 'no-answer' } : { kind: 'failed', message: refusalText(reply.problem) };
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
      {/* Firefox notifications have no `silent`: the system decides, so the choice would do nothing there. */}
      {import.meta.env.FIREFOX ? (
        <p class="note">{t('optionsSoundFirefox')}</p>
      ) : (
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
      )}
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
          {test.value.kind === 'done' && !isProblem(test.value.result) ? t(TEST_SENTENCES[test.value.result]) : null}
        </p>
      </div>
      {test.value.kind === 'done' && isProblem(test.value.result) ? (
        <p class="note error" role="alert">
          {t(TEST_SENTENCES[test.value.result])}
        </p>
      ) : null}
      {test.value.kind === 'failed' ? (
        <p class="note error" role="alert">
          {t('optionsTestFailed', test.value.message)}
        </p>
      ) : null}
    </Section>
  );
}
