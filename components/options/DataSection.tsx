import { useSignal } from '@preact/signals';
import { defaultSettings } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';
import { confirmImport as sendImport, deleteAllData, downloadExport, readImport, type DataReply, type ReadResult } from './data-actions';
import { Section } from './fields';
import { exportedAtText } from './format';
import { importErrorText } from './import-messages';
import type { OptionsState } from './options-state';
import type { PageDeps } from './page-deps';

/** Moves focus to the first button of a confirmation as it appears (a stable ref runs once per mount). */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

type Confirming = 'reset' | 'delete' | null;
type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string } | null;

export function DataSection({ state, deps }: { state: OptionsState; deps: PageDeps }) {
  const preview = useSignal<Extract<ReadResult, { ok: true }> | null>(null);
  const confirming = useSignal<Confirming>(null);
  const outcome = useSignal<Outcome>(null);
  const busy = useSignal(false);

  /** Runs an action; whatever it throws becomes a sentence (the browser's own error text is logged, not shown). */
  const run = async (action: () => Promise<Outcome>) => {
    busy.value = true;
    try {
      outcome.value = await action();
    } catch (error) {
      console.warn('Back to Core: a data action failed', error);
      outcome.value = { kind: 'failed', text: t('optionsDataFailed') };
    } finally {
      busy.value = false;
    }
  };

  /** A refusal from the background in words, or `done`. */
  const outcomeOf = (reply: DataReply, done: string): Outcome =>
    reply.ok ? { kind: 'done', text: done } : { kind: 'failed', text: importErrorText(reply.problem) };

  const pickFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = ''; // so choosing the same file again still reacts
      preview.value = null;
      confirming.value = null;
      if (!file) return null;
      const result = await readImport(deps, file);
      if (!result.ok) return { kind: 'failed', text: importErrorText(result.error) };
      preview.value = result;
      return null;
    });

  const confirmImport = ({ file }: NonNullable<typeof preview.value>) =>
    run(async () => {
      preview.value = null;
      // The background merges the history as it is when the import runs, then replaces the settings.
      // Importing again is safe (entries already there are not added twice).
      const reply = await sendImport(deps, file);
      if (reply.ok) state.adopt(file.settings);
      return outcomeOf(reply, reply.ok ? t('optionsImportDone', reply.added) : '');
    });

  return (
    <Section id="data" title={t('optionsDataTitle')} intro={t('optionsDataIntro')}>
      <div class="data-block">
        <h3>{t('optionsExportTitle')}</h3>
        <p class="muted">{t('optionsExportHint')}</p>
        <button type="button" class="button" onClick={() => run(async () => (await downloadExport(deps, state.settings.value), { kind: 'done', text: t('optionsExportDone') }))}>
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
              {t('optionsImportPreview', preview.value.added)}{' '}
              <span class="muted">{exportedAtText(preview.value.file.exportedAt, deps.now())}</span>
            </p>
            <div class="button-row">
              <button type="button" class="button primary" disabled={busy.value} onClick={() => void confirmImport(preview.value!)} ref={focusOnMount}>
                {t('optionsImportConfirm')}
              </button>
              <button type="button" class="button" onClick={() => (preview.value = null)}>
                {t('optionsCancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>

      <ConfirmedAction
        id="reset"
        title={t('optionsResetTitle')}
        hint={t('optionsResetHint')}
        question={t('optionsResetQuestion')}
        button={t('optionsResetButton')}
        confirm={t('optionsResetConfirm')}
        keep={t('optionsResetKeep')}
        open={confirming.value === 'reset'}
        busy={busy.value}
        onOpen={(open) => ((confirming.value = open ? 'reset' : null), (outcome.value = null))}
        onConfirm={() => run(async () => (await state.replaceAll(defaultSettings()), { kind: 'done', text: t('optionsResetDone') }))}
      />

      <ConfirmedAction
        id="delete"
        danger
        title={t('optionsDeleteTitle')}
        hint={t('optionsDeleteHint')}
        question={t('optionsDeleteQuestion')}
        button={t('optionsDeleteButton')}
        confirm={t('optionsDeleteConfirm')}
        keep={t('optionsDeleteKeep')}
        open={confirming.value === 'delete'}
        busy={busy.value}
        onOpen={(open) => ((confirming.value = open ? 'delete' : null), (outcome.value = null))}
        onConfirm={() =>
          run(async () => {
            state.forgetAll(); // first: no change waiting here may be written after the deletion
            return outcomeOf(await deleteAllData(deps), t('optionsDeleteDone'));
          })
        }
      />

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

interface ConfirmedActionProps {
  id: string;
  title: string;
  hint: string;
  question: string;
  button: string;
  confirm: string;
  keep: string;
  danger?: boolean;
  open: boolean;
  busy: boolean;
  onOpen(open: boolean): void;
  onConfirm(): void;
}

/** An action that asks first: its button opens a question with "do it" (focused) and "keep". */
function ConfirmedAction({ id, title, hint, question, button, confirm, keep, danger = false, open, busy, onOpen, onConfirm }: ConfirmedActionProps) {
  return (
    <div class="data-block">
      <h3>{title}</h3>
      <p class="muted">{hint}</p>
      {open ? (
        <div class={danger ? 'confirm danger' : 'confirm'} role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{question}</p>
          <div class="button-row">
            <button
              type="button"
              class={danger ? 'button danger' : 'button primary'}
              ref={focusOnMount}
              disabled={busy}
              onClick={() => {
                onOpen(false);
                onConfirm();
              }}
            >
              {confirm}
            </button>
            <button type="button" class="button" onClick={() => onOpen(false)}>
              {keep}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class={danger ? 'button danger-outline' : 'button'} onClick={() => onOpen(true)}>
          {button}
        </button>
      )}
    </div>
  );
}
