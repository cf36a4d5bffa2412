/** Plain words for a refused import: what is wrong, where in the file, and that nothing changed. */
import type { ImportError } from '../../lib/history/export-file';
import { SETTINGS_FIELDS, type SettingsField } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';
import { refusalText } from '../refusal-text';
import { fieldErrorText } from './field-messages';

/** `error.field` and `error.version` come bounded from the file check (lib/history/export-file.ts). */
export function importErrorText(error: ImportError): string {
  return `${problem(error)} ${t('optionsImportNothingChanged')}`;
}

function problem(error: ImportError): string {
  const field = error.field;
  switch (error.reason) {
    case 'file-too-large':
      return t('optionsImportTooLarge', Math.round((error.limitBytes ?? 0) / (1024 * 1024)));
    case 'not-json':
      return t('optionsImportNotJson');
    case 'unreadable':
      return t('optionsImportUnreadable');
    case 'not-an-export':
      return t('optionsImportNotExport');
    case 'unknown-version':
      return t('optionsImportUnknownVersion', error.version ?? '—');
    case 'newer-version':
      return t('optionsImportNewerVersion', error.version ?? '—');
    case 'unknown-field':
      return t('optionsImportUnknownKey', field);
    case 'missing':
      return t('optionsImportMissing', field);
    case 'invalid-entry':
      return t('optionsImportInvalidEntry', field);
    case 'in-the-future':
      return t('optionsImportInFuture', field.replace(/\.at$/, ''));
    // The background refused or could not save it.
    case 'nothing-waiting':
    case 'not-paused':
    case 'no-feed':
    case 'not-shown':
    case 'not-saved':
    case 'no-reply':
    case 'not-a-command':
      return refusalText(error);
    default: {
      const name = field.startsWith('settings.') ? (field.slice('settings.'.length) as SettingsField) : undefined;
      return t('optionsImportFieldProblem', field, fieldErrorText(error, name ? SETTINGS_FIELDS[name] : undefined));
    }
  }
}
