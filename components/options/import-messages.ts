/** Plain words for a refused import: what is wrong, where in the file, and that nothing changed. */
import type { ImportError } from '../../lib/history/export-file';
import { SETTINGS_FIELDS, type SettingsField } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';
import { fieldErrorText } from './field-messages';

export function importErrorText(error: ImportError): string {
  return `${problem(error)} ${t('optionsImportNothingChanged')}`;
}

function problem(error: ImportError): string {
  const field = error.field ?? '';
  switch (error.reason) {
    case 'file-too-large':
      return t('optionsImportTooLarge', Math.round((error.limitBytes ?? 0) / (1024 * 1024)));
    case 'not-json':
      return t('optionsImportNotJson');
    case 'not-an-export':
      return t('optionsImportNotExport');
    case 'unknown-version':
      return t('optionsImportUnknownVersion', JSON.stringify(error.version) ?? '—');
    case 'newer-version':
      return t('optionsImportNewerVersion', String(error.version));
    case 'unknown-key':
      return t('optionsImportUnknownKey', field);
    case 'missing-field':
      return t('optionsImportMissing', field);
    case 'invalid-entry':
      return t('optionsImportInvalidEntry', field);
    default: {
      const name = field.startsWith('settings.') ? (field.slice('settings.'.length) as SettingsField) : undefined;
      return t('optionsImportFieldProblem', field, fieldErrorText(error, name ? SETTINGS_FIELDS[name] : undefined));
    }
  }
}
