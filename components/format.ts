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
