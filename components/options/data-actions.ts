/**
 * "Your data": export, import and delete. The file format and its checks are pure (lib/history/export-file.ts)
 * and loaded only when the user asks for them, which keeps them out of the page's first load. The page only
 * reads: an import and "Delete all data" are commands the background carries out in its queue, so nothing it
 * records meanwhile is lost.
 */
import type { ExportFile, ImportError } from '../../lib/history/export-file';
import { mergeHistory } from '../../lib/history/history';
import type { Problem } from '../../lib/spec';
import type { Settings } from '../../lib/settings/settings';
import type { PageDeps } from './page-deps';

const exportFile = () => import('../../lib/history/export-file');

/** Builds the file and hands it to the browser as a download. */
export async function downloadExport(deps: PageDeps, settings: Settings): Promise<void> {
  const { buildExport, exportFileName, serializeExport } = await exportFile();
  const now = deps.now();
  const history = await deps.loadHistory();
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

/** A checked file and what confirming it would add (counted against the history as it is now). */
export type ReadResult = { ok: true; file: ExportFile; added: number } | { ok: false; error: ImportError };

/** Reads and checks a chosen file (its size first, so a huge file is never read). */
export async function readImport(deps: PageDeps, file: File): Promise<ReadResult> {
  const { parseImport } = await exportFile();
  const result = await parseImport(file, deps.now());
  if (!result.ok) return result;
  return { ok: true, file: result.file, added: mergeHistory(await deps.loadHistory(), result.file.history, deps.now()).added };
}

export type DataReply = { ok: true; added: number } | { ok: false; problem: Problem };

/** Asks the background to import the file: it merges the history as it is then, and replaces the settings. */
export async function confirmImport(deps: PageDeps, file: ExportFile): Promise<DataReply> {
  const reply = await deps.send({ type: 'import', settings: file.settings, history: file.history });
  return reply.ok ? { ok: true, added: reply.added ?? 0 } : reply;
}

/** Asks the background to delete settings, schedule and history (it also clears a notification on screen). */
export async function deleteAllData(deps: PageDeps): Promise<DataReply> {
  const reply = await deps.send({ type: 'delete-all' });
  return reply.ok ? { ok: true, added: 0 } : reply;
}
