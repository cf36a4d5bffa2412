/** Formatters shared by the popup and the options page. */
import { t } from '../shell/i18n';

/** A length in seconds in words: "40 s", "1 min", "1 min 30 s". */
export function durationText(totalSec: number): string {
  const sec = Math.round(totalSec);
  const min = Math.floor(sec / 60);
  const rest = sec % 60;
  if (min === 0) return t('durationSec', rest);
  return rest === 0 ? t('durationMin', min) : t('durationMinSec', min, rest);
}

/** A wait in whole minutes in words: "23 min", "1 h", "1 h 10 min"; from 10 h on, whole hours ("26 h"). */
export function minutesText(totalMin: number): string {
  const min = Math.max(0, Math.round(totalMin));
  if (min >= 600) return t('durationHour', Math.round(min / 60));
  const hours = Math.floor(min / 60);
  const rest = min % 60;
  if (hours === 0) return t('durationMin', min);
  return rest === 0 ? t('durationHour', hours) : t('durationHourMin', hours, rest);
}
