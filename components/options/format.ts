/** Small formatters for the options page: times of day, durations and the active-hours window in words. */
import { formatLocale, t } from '../../shell/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight → "07:00" (the value format of `<input type="time">`). */
export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "07:00" (or "07:00:00") → minutes after midnight; null for anything else, e.g. a half-typed time. */
export function timeToMinutes(text: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** A length in minutes in words: "50 min", "3 h", "2 h 30 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('durationMin', m);
  return m === 0 ? t('optionsDurationH', h) : t('optionsDurationHMin', h, m);
}

/** The active-hours window in words: "07:00 → 21:00 · 14 h", or "22:00 → 06:00, overnight · 8 h". */
export function windowText(startMin: number, endMin: number): string {
  const length = (endMin - startMin + 24 * 60) % (24 * 60);
  const from = minutesToTime(startMin);
  const to = minutesToTime(endMin);
  return endMin > startMin
    ? t('optionsWindowSameDay', from, to, minutesText(length))
    : t('optionsWindowOvernight', from, to, minutesText(length));
}

/**
 * What the user typed into a number box → a number for the field's checks: "12" → 12, " -5 " → -5,
 * "12.5" or "12,5" → 12.5 (refused later as not whole), and NaN for anything that is not a number ("", "1e3",
 * "12a"). Typed text is never coerced into range here: the checks say what is wrong instead.
 */
export function numberFromText(text: string): number {
  const plain = text.trim().replace(/^[−–]/, '-').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}

/** Dates an export file can honestly claim: none before Back to Core existed, none from the future. */
const FIRST_EXPORT_AT = Date.UTC(2025, 0, 1);
const CLOCK_SLACK_MS = 24 * 60 * 60_000;

/**
 * "(Exported 20/11/2026, 10:00:00.)" for an import preview, or a plain note when the file's date is impossible
 * (not a date at all, before Back to Core existed, or later than now): never "Exported Invalid Date".
 */
export function exportedAtText(exportedAt: number, now: number): string {
  const date = new Date(exportedAt);
  if (Number.isNaN(date.getTime()) || exportedAt < FIRST_EXPORT_AT || exportedAt > now + CLOCK_SLACK_MS) {
    return t('optionsImportFromUnknown');
  }
  return t('optionsImportFrom', date.toLocaleString(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }));
}
