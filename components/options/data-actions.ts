/**
 * "Your data": export, import, reset and delete, against the real storage. The file format and its checks
 * are pure (lib/export-file.ts) and loaded only when the user asks for them, which keeps valibot out of the
 * page's first load.
 */
import type { ExportFile, ImportError, ImportPlan } from '../../lib/history/export-file';
import { historyItem, loadHistory, saveHistory, settingsItem, stateItem } from '../../shell/storage';
import type { Settings } from '../../lib/settings/settings';

const exportFile = () => import('../../lib/history/export-file');

/** Builds the file and hands it to the browser as a download. */
export async function downloadExport(settings: Settings, now: number): Promise<void> {
  const { buildExport, exportFileName, serializeExport } = await exportFile();
  const history = await loadHistory();
  const blob = new Blob([serializeExport(buildExport(settings, history, now))], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type ReadResult = { ok: true; file: ExportFile; plan: ImportPlan; exportedAt: number } | { ok: false; error: ImportError };

/** Reads and checks a chosen file. The size is checked before the file is read, so a huge file costs nothing. */
export async function readImport(file: File, now: number): Promise<ReadResult> {
  const { MAX_IMPORT_BYTES, parseImport, planImport } = await exportFile();
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { reason: 'file-too-large', limitBytes: MAX_IMPORT_BYTES } };
  const result = parseImport(await file.text(), file.size);
  if (!result.ok) return result;
  return { ok: true, file: result.file, plan: planImport(result.file, await loadHistory(), now), exportedAt: result.file.exportedAt };
}

/**
 * Writes an import's history (settings go through the page state, which owns the settings writes). The
 * merge is made again against the history as it is now: reminders recorded while the preview was open are
 * kept.
 */
export async function applyImportedHistory(file: ExportFile, now: number): Promise<void> {
  const { planImport } = await exportFile();
  await saveHistory(planImport(file, await loadHistory(), now).history);
}

/** Deletes everything the extension keeps: settings (sync), the engine's state and the history (local). */
export async function deleteAllData(): Promise<void> {
  await Promise.all([
    settingsItem.removeValue({ removeMeta: true }),
    stateItem.removeValue({ removeMeta: true }),
    historyItem.removeValue({ removeMeta: true }),
  ]);
}
