/** Plain words for a refused settings write: what happened and what stays in force, never the browser's code. */
import { t } from '../../shell/i18n';
import type { SaveFailure } from './settings-writer';

export function saveFailureText(reason: SaveFailure): string {
  switch (reason) {
    case 'too-many-writes':
      return t('optionsSaveFailedTooMany');
    case 'storage-full':
      return t('optionsSaveFailedFull');
    case 'unavailable':
      return t('optionsSaveFailedUnavailable');
  }
}
