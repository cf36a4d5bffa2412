import { t } from '../../shell/i18n';
import type { OptionsState } from './options-state';
import { saveFailureText } from './save-messages';

/**
 * "Saved", quietly (a polite live region), and a failed write loudly (an alert with a retry): a rejected
 * write is never swallowed.
 */
export function SaveStatus({ state }: { state: OptionsState }) {
  const status = state.status.value;
  return (
    <>
      <p class="save-status" role="status" aria-live="polite">
        {status.kind === 'pending' ? <span class="muted">{t('optionsSaving')}</span> : null}
        {status.kind === 'saved' ? <span class="saved">✓ {t('optionsSaved')}</span> : null}
      </p>
      {status.kind === 'failed' ? (
        <div class="note error save-failed" role="alert">
          <p>{saveFailureText(status.reason)}</p>
          <button type="button" class="button" onClick={() => void state.retry()}>
            {t('optionsTryAgain')}
          </button>
        </div>
      ) : null}
      {status.kind === 'unreadable' ? (
        <p class="note error save-failed" role="alert">
          {t('optionsSettingsUnreadable')}
        </p>
      ) : null}
    </>
  );
}

/** Said once, when stored settings were damaged and were repaired while loading this page. */
export function RepairedNotice({ state }: { state: OptionsState }) {
  if (!state.repaired.value) return null;
  return (
    <div class="note warn" role="status">
      <p>{t('optionsRepaired')}</p>
      <button type="button" class="button" onClick={state.dismissRepaired}>
        {t('optionsRepairedDismiss')}
      </button>
    </div>
  );
}
