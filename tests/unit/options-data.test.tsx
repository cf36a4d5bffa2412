import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_IMPORT_BYTES, buildExport, serializeExport } from '../../lib/history/export-file';
import type { HistoryEntry } from '../../lib/history/history';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import background from '../../entrypoints/background';
import { installFakeCommands } from '../support/fake-commands';
import { formatMessage, installFakeI18n, messagesOf } from '../support/fake-i18n';
import { renderOptions, settle, storedHistory, storedSettings, useFakeClock } from './options-support';

// The real background answers the page: an import and "Delete all data" are its commands.
beforeEach(() => {
  useFakeClock();
  installFakeCommands();
  background.main();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOUR = 3_600_000;
const now = () => Date.now();
const history = (): HistoryEntry[] => [
  { type: 'reminder', at: now() - 5 * HOUR, kind: 'movement', outcome: 'done' },
  { type: 'drill', at: now() - 4 * HOUR, durationSec: 60 },
  { type: 'feed', at: now() - 3 * HOUR, startedAt: now() - 3.5 * HOUR, side: 'right', endedBy: 'user' },
];
const MINE: Settings = { ...defaultSettings(), movementIntervalMin: 40, sound: true };

async function seed(settings: Settings, entries: HistoryEntry[]) {
  await fakeBrowser.storage.sync.set({ settings });
  await fakeBrowser.storage.local.set({ history: entries });
}

async function choose(file: File) {
  const input = document.getElementById('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await settle(0);
}

const jsonFile = (content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], 'backup.json', { type: 'application/json' });

/** Captures the file the page hands to the browser for download. */
function captureDownload() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('export and import through the page', () => {
  it('round-trips: the exported file, imported after everything was deleted, restores it exactly', async () => {
    const entries = history();
    await seed(MINE, entries);
    const download = captureDownload();
    const { page } = await renderOptions();

    fireEvent.click(page.getByRole('button', { name: 'Export settings and history' }));
    await settle(0);
    expect(download.names).toEqual(['back-to-core-2026-11-20.json']);
    const text = await download.blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'back-to-core-export', version: 1, settings: MINE, history: entries });

    fireEvent.click(page.getByRole('button', { name: 'Delete all data…' }));
    expect(document.activeElement?.textContent).toBe('Delete everything'); // focus moves to the confirmation
    fireEvent.click(page.getByRole('button', { name: 'Delete everything' }));
    await settle(0);
    expect(await storedSettings()).toBeUndefined();
    expect(await storedHistory()).toBeUndefined();
    expect((page.getByLabelText('Remind me to move every') as HTMLInputElement).value).toBe('50');

    await choose(jsonFile(text));
    expect(page.getByText('This will replace your schedule and add 3 history entries.')).toBeTruthy();
    expect(await storedSettings()).toBeUndefined(); // nothing until confirmed
    fireEvent.click(page.getByRole('button', { name: 'Import' }));
    await settle(0);
    expect(page.getByText(/Imported\. Your schedule was replaced and 3 history entries were added/)).toBeTruthy();
    expect(await storedSettings()).toEqual(MINE);
    expect(await storedHistory()).toEqual(entries);
    expect((page.getByLabelText('Remind me to move every') as HTMLInputElement).value).toBe('40');
  });

  it('writes a file with no words of any language: exported in German, it imports in Spanish', async () => {
    const entries = history();
    await seed(MINE, entries);
    const say = (locale: string, key: string) => formatMessage(messagesOf(locale), key);
    installFakeI18n('de');
    const download = captureDownload();
    const german = await renderOptions();
    fireEvent.click(german.page.getByRole('button', { name: say('de', 'optionsExportButton') }));
    await settle(0);
    const text = await download.blobs[0]!.text();
    cleanup();
    // The same data exported in English gives the same file: nothing in it depends on the language.
    installFakeI18n('en');
    const english = await renderOptions();
    fireEvent.click(english.page.getByRole('button', { name: 'Export settings and history' }));
    await settle(0);
    expect(await download.blobs[1]!.text()).toBe(text);
    cleanup();

    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.local.clear();
    installFakeI18n('es');
    const spanish = await renderOptions();
    await choose(jsonFile(text));
    fireEvent.click(spanish.page.getByRole('button', { name: say('es', 'optionsImportConfirm') }));
    await settle(0);
    expect(await storedSettings()).toEqual(MINE);
    expect(await storedHistory()).toEqual(entries);
  });

  it('keeps what was recorded while the preview was open', async () => {
    await seed(defaultSettings(), []);
    const { page } = await renderOptions();
    await choose(jsonFile(serializeExport(buildExport(MINE, history(), now()))));
    expect(page.getByText('This will replace your schedule and add 3 history entries.')).toBeTruthy();
    // The background records a finished drill (from the popup) while the parent reads the preview.
    await fakeBrowser.runtime.sendMessage({ type: 'drill-finished', durationSec: 60 });
    const meanwhile: HistoryEntry = { type: 'drill', at: now(), durationSec: 60 };
    expect(await storedHistory()).toEqual([meanwhile]);
    fireEvent.click(page.getByRole('button', { name: 'Import' }));
    await settle(0);
    expect(page.getByText(/3 history entries were added/)).toBeTruthy();
    expect(await storedHistory()).toEqual([...history(), meanwhile]);
  });

  it('refuses a file whose export date is beyond what a date can hold, in words', async () => {
    await seed(defaultSettings(), []);
    const { page } = await renderOptions();
    await choose(jsonFile({ ...JSON.parse(serializeExport(buildExport(MINE, history(), now()))), exportedAt: 1e17 }));
    expect(document.getElementById('import-preview-text')).toBeNull();
    const alert = page.getByRole('alert').textContent!;
    expect(alert).toMatch(/exportedAt/);
    expect(alert).not.toMatch(/Invalid|NaN|1e\+?17/);
  });

  it.each([
    ['far in the future', Date.UTC(2999, 0, 1)],
    ['before Back to Core existed', 0],
  ])('says so plainly when the file’s export date is impossible (%s), never "Invalid Date"', async (_, exportedAt) => {
    await seed(defaultSettings(), []);
    const { page } = await renderOptions();
    await choose(jsonFile({ ...JSON.parse(serializeExport(buildExport(MINE, history(), now()))), exportedAt }));
    const preview = document.getElementById('import-preview-text')!.textContent!;
    expect(preview).toContain('The date in this file is not a real export date');
    expect(preview).not.toMatch(/Invalid|NaN|2999|1970/);
  });

  it('shows the export date of a normal file', async () => {
    await seed(defaultSettings(), []);
    await renderOptions();
    await choose(jsonFile(serializeExport(buildExport(MINE, history(), now() - HOUR))));
    expect(document.getElementById('import-preview-text')!.textContent).toContain(`(Exported ${new Date(now() - HOUR).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' })}.)`);
  });

  it('changes nothing when the preview is cancelled', async () => {
    await seed(defaultSettings(), []);
    const { page } = await renderOptions();
    await choose(jsonFile(serializeExport(buildExport(MINE, history(), now()))));
    fireEvent.click(page.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(page.queryByText(/This will replace/)).toBeNull();
    expect(await storedSettings()).toEqual(defaultSettings());
    expect(await storedHistory()).toEqual([]);
  });

  const valid = () => JSON.parse(serializeExport(buildExport(MINE, history(), now())));
  it.each([
    ['wrong JSON', () => jsonFile('{ "format": "back-to-core-export"'), /not readable JSON/],
    ['wrong types', () => jsonFile({ ...valid(), settings: { ...MINE, snoozeMin: 'five' } }), /In this file, "settings\.snoozeMin": Please enter a number.*From 1 to 60 minutes/],
    ['a value out of range', () => jsonFile({ ...valid(), settings: { ...MINE, feedingIntervalMin: 5 } }), /"settings\.feedingIntervalMin": That is below the lowest value.*From 30 to 480 minutes/],
    ['an unknown version', () => jsonFile({ ...valid(), version: 'beta' }), /"version" \("beta"\) is not one Back to Core knows/],
    ['a newer version', () => jsonFile({ ...valid(), version: 7 }), /comes from a newer Back to Core \(file version 7\)/],
    ['extra keys', () => jsonFile({ ...valid(), extras: true }), /a field Back to Core does not know: "extras"/],
    ['a broken history entry', () => jsonFile({ ...valid(), history: [{ type: 'feed', at: 1 }] }), /"history\[0\]\.startedAt"/],
    ['a different kind of file', () => jsonFile({ hello: 'world' }), /not a Back to Core export/],
  ])('refuses %s, says which field and why, and changes nothing', async (_, makeFile, message) => {
    const entries = history();
    await seed(MINE, entries);
    const { page } = await renderOptions();
    await choose(makeFile());
    const alert = page.getByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(page.queryByRole('button', { name: 'Import' })).toBeNull();
    await settle();
    expect(await storedSettings()).toEqual(MINE);
    expect(await storedHistory()).toEqual(entries);
  });

  it('refuses a huge file by its size without reading it', async () => {
    await seed(MINE, []);
    const { page } = await renderOptions();
    const file = jsonFile('{}');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    await choose(file);
    expect(page.getByRole('alert').textContent).toMatch(/larger than 5 MB.*Nothing was changed/);
    expect(read).not.toHaveBeenCalled();
    expect(await storedSettings()).toEqual(MINE);
  });

  it('shows a failed import write and leaves the schedule as it was', async () => {
    await seed(MINE, []);
    const { page } = await renderOptions();
    await choose(jsonFile(serializeExport(buildExport(defaultSettings(), history(), now()))));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fireEvent.click(page.getByRole('button', { name: 'Import' }));
    await settle(0);
    const alert = page.getByRole('alert').textContent;
    expect(alert).toContain('The browser could not save the change.');
    expect(alert).not.toContain('QUOTA');
    expect(await storedSettings()).toEqual(MINE);
    expect(await storedHistory()).toEqual([]);
    expect((page.getByLabelText('Remind me to move every') as HTMLInputElement).value).toBe('40');
  });

  it('shows a sentence, not a silence, when reading the file fails in a way nobody foresaw', async () => {
    await seed(MINE, []);
    const { page } = await renderOptions();
    const file = jsonFile('{}');
    vi.spyOn(file, 'text').mockRejectedValue(new Error('NotReadableError'));
    await choose(file);
    expect(page.getByRole('alert').textContent).toMatch(/could not be read.*Nothing was changed/);
  });

  it('refuses history dated after tomorrow, saying so', async () => {
    await seed(MINE, []);
    const { page } = await renderOptions();
    const future = { type: 'drill', at: now() + 30 * 24 * HOUR, durationSec: 60 };
    await choose(jsonFile({ ...JSON.parse(serializeExport(buildExport(MINE, history(), now()))), history: [...history(), future] }));
    expect(page.getByRole('alert').textContent).toMatch(/"history\[3\]" is dated after tomorrow.*Nothing was changed/);
    expect(await storedHistory()).toEqual([]);
  });
});

describe('reset and delete', () => {
  it('resets settings to the defaults after confirmation, keeping history', async () => {
    const entries = history();
    await seed(MINE, entries);
    const { page } = await renderOptions();
    fireEvent.click(page.getByRole('button', { name: 'Reset settings to defaults…' }));
    fireEvent.click(page.getByRole('button', { name: 'Keep my settings' }));
    await settle();
    expect(await storedSettings()).toEqual(MINE);

    fireEvent.click(page.getByRole('button', { name: 'Reset settings to defaults…' }));
    fireEvent.click(page.getByRole('button', { name: 'Reset settings' }));
    await settle(0);
    expect(await storedSettings()).toEqual(defaultSettings());
    expect(await storedHistory()).toEqual(entries);
    expect(page.getByText('Settings are back to their defaults.')).toBeTruthy();
  });

  it('deletes settings, the engine state and history after confirmation', async () => {
    await seed(MINE, history());
    await fakeBrowser.storage.local.set({ state: { movementDueAt: now() + HOUR } });
    const { page } = await renderOptions();
    fireEvent.click(page.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(page.getByRole('button', { name: 'Keep my data' }));
    expect(await storedSettings()).toEqual(MINE);

    fireEvent.click(page.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(page.getByRole('button', { name: 'Delete everything' }));
    await settle(0);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await storedHistory()).toBeUndefined();
    // The background started a fresh schedule from the defaults at once.
    expect((await fakeBrowser.storage.local.get('state')).state).toMatchObject({ movementDueAt: now() + 50 * 60_000, waiting: null });
    expect(page.getByText(/All data was deleted/)).toBeTruthy();
  });
});
