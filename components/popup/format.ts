/** Turns times and lengths into the popup's words. Clock times follow the messages' locale (12 h or 24 h as it does). */
import { startOfLocalDay } from '../../lib/history/history';
import { formatLocale, t } from '../../shell/i18n';

/**
 * Made once per locale (by default the messages' locale the page runs with), on first use: Intl formatters are
 * slow to make, and the popup redraws every second.
 */
export function perLocale<T>(make: (locale: string) => T): (locale?: string) => T {
  let made: { locale: string; value: T } | undefined;
  return (locale = formatLocale()) => (made?.locale === locale ? made.value : (made = { locale, value: make(locale) }).value);
}

const intl = perLocale((locale) => ({
  clock: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
  weekday: new Intl.DateTimeFormat(locale, { weekday: 'short' }),
}));
const DAY_MS = 24 * 60 * 60 * 1000;

/** Local calendar days from `now` to `at`: 0 today, 1 tomorrow, -1 yesterday. */
function daysBetween(now: number, at: number): number {
  return Math.round((startOfLocalDay(at) - startOfLocalDay(now)) / DAY_MS);
}

export function formatClock(at: number): string {
  return intl().clock.format(at);
}

/** For "until …" and "since …": "14:30" today, "tomorrow 07:00", otherwise "Mon 07:00" (epoch ms). */
export function formatWhen(at: number, now: number): string {
  const { clock, weekday } = intl();
  const days = daysBetween(now, at);
  if (days === 0) return t('popupTodayTime', clock.format(at));
  if (days === 1) return t('popupTomorrowTime', clock.format(at));
  return t('popupDayTime', weekday.format(at), clock.format(at));
}

/** For "… at …": "at 14:30" today, "tomorrow at 07:00", otherwise "on Mon at 07:00" (epoch ms). */
export function formatAt(at: number, now: number): string {
  const { clock, weekday } = intl();
  const days = daysBetween(now, at);
  if (days === 0) return t('popupAtTime', clock.format(at));
  if (days === 1) return t('popupTomorrowAtTime', clock.format(at));
  return t('popupDayAtTime', weekday.format(at), clock.format(at));
}

/** "12:05" for a running feed (minutes:seconds; minutes keep counting past 59). */
export function formatElapsed(totalSec: number): string {
  const sec = Math.max(0, Math.floor(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}
