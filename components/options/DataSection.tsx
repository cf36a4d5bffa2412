import { useSignal } from '@preact/signals';
import { defaultSettings } from '../../lib/settings';
import { t } from '../../lib/shell/i18n';
import { applyImportedHistory, deleteAllData, downloadExport, readImport, type ReadResult } from './data-actions';
import { Section } from './fields';
import { importErrorText } from './import-messages';
import type { OptionsState } from './options-state';

/** Moves focus to the first button of a confirmation as it appears (a stable ref runs once per mount). */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

type Confirming = 'reset' | 'delete' | null;
type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string } | null;

export function DataSection({ state, now = () => Date.now() }: { state: OptionsState; now?: () => number }) {
  const preview = useSignal<Extract<ReadResult, { ok: true }> | null>(null);
  const confirming = useSignal<Confirming>(null);
  const outcome = useSignal<Outcome>(null);
  const busy = useSignal(false);

  const run = async (action: () => Promise<string>) => {
    busy.value = true;
    try {
      outcome.value = { kind: 'done', text: await action() };
    } catch (error) {
      outcome.value = { kind: 'failed', text: t('optionsDataFailed', error instanceof Error ? error.message : String(error)) };
    } finally {
      busy.value = false;
    }
  };

  const pickFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still reacts
    preview.value = null;
    confirming.value = null;
    if (!file) return;
    const result = await readImport(file, now());
    if (result.ok) {
      outcome.value = null;
      preview.value = result;
    } else {
      outcome.value = { kind: 'failed', text: importErrorText(result.error) };
    }
  };

  const confirmImport = (plan: NonNullable<typeof preview.value>['plan']) =>
    run(async () => {
      preview.value = null;
      // History first: if it cannot be written, the schedule is not touched either. Importing again is safe
      // (entries already there are not added twice).
      await applyImportedHistory(plan);
      await state.replaceAll(plan.settings);
      return t('optionsImportDone', plan.added);
    });

  return (
    <Section id="data" title={t('optionsDataTitle')} intro={t('optionsDataIntro')}>
      <div class="data-block">
        <h3>{t('optionsExportTitle')}</h3>
        <p class="muted">{t('optionsExportHint')}</p>
        <button type="button" class="button" onClick={() => run(async () => (await downloadExport(state.settings.value, now()), t('optionsExportDone')))}>
          {t('optionsExportButton')}
        </button>
      </div>

      <div class="data-block">
        <h3>{t('optionsImportTitle')}</h3>
        <p class="muted" id="import-hint">
          {t('optionsImportHint')}
        </p>
        <label class="file-label" for="import-file">
          {t('optionsImportChoose')}
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void pickFile(e.currentTarget)}
        />
        {preview.value ? (
          <div class="confirm" role="group" aria-labelledby="import-preview-text">
            <p id="import-preview-text">
              {t('optionsImportPreview', preview.value.plan.added)}{' '}
              <span class="muted">{t('optionsImportFrom', new Date(preview.value.exportedAt).toLocaleString())}</span>
            </p>
            <div class="button-row">
              <button type="button" class="button primary" disabled={busy.value} onClick={() => void confirmImport(preview.value!.plan)} ref={focusOnMount}>
                {t('optionsImportConfirm')}
              </button>
              <button type="button" class="button" onClick={() => (preview.value = null)}>
                {t('optionsCancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>

      <div class="data-block">
        <h3>{t('optionsResetTitle')}</h3>
        <p class="muted">{t('optionsResetHint')}</p>
        {confirming.value === 'reset' ? (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">{t('optionsResetQuestion')}</p>
            <div class="button-row">
              <button
                type="button"
                class="button primary"
                ref={focusOnMount}
                disabled={busy.value}
                onClick={() => {
                  confirming.value = null;
                  void run(async () => (await state.replaceAll(defaultSettings()), t('optionsResetDone')));
                }}
              >
                {t('optionsResetConfirm')}
              </button>
              <button type="button" class="button" onClick={() => (confirming.value = null)}>
                {t('optionsResetKeep')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button" onClick={() => ((confirming.value = 'reset'), (outcome.value = null))}>
            {t('optionsResetButton')}
          </button>
        )}
      </div>

      <div class="data-block">
        <h3>{t('optionsDeleteTitle')}</h3>
        <p class="muted">{t('optionsDeleteHint')}</p>
        {confirming.value === 'delete' ? (
          <div class="confirm danger" role="group" aria-labelledby="delete-question">
            <p id="delete-question">{t('optionsDeleteQuestion')}</p>
            <div class="button-row">
              <button
                type="button"
                class="button danger"
                ref={focusOnMount}
                disabled={busy.value}
                onClick={() => {
                  confirming.value = null;
                  void run(async () => {
                    state.forgetAll();
                    await deleteAllData();
                    return t('optionsDeleteDone');
                  });
                }}
              >
                {t('optionsDeleteConfirm')}
              </button>
              <button type="button" class="button" onClick={() => (confirming.value = null)}>
                {t('optionsDeleteKeep')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button danger-outline" onClick={() => ((confirming.value = 'delete'), (outcome.value = null))}>
            {t('optionsDeleteButton')}
          </button>
        )}
      </div>

      {outcome.value?.kind === 'failed' ? (
        <p class="note error" role="alert">
          {outcome.value.text}
        </p>
      ) : null}
      <p class="data-status" role="status">
        {outcome.value?.kind === 'done' ? outcome.value.text : null}
      </p>
    </Section>
  );
}
