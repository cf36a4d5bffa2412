/**
 * Plain words for a refused value: what is wrong, then (for imports) the allowed range. Shared by fields and
 * imports; a field on the page shows its range on the line above, so its error does not repeat it.
 */
import type { FieldErrorReason, FieldSpec } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';

type Unit = 'min' | 'sec' | 'count' | 'weeks';

export interface ErrorLike {
  reason: FieldErrorReason;
  min?: number;
  max?: number;
}

export function rangeText(unit: Unit, min: number, max: number): string {
  switch (unit) {
    case 'min':
      return t('optionsRangeMinutes', min, max);
    case 'sec':
      return t('optionsRangeSeconds', min, max);
    case 'count':
      return t('optionsRangeBreaths', min, max);
    case 'weeks':
      return t('optionsRangeWeeks', min, max);
  }
}

/** The message for a refused value of a field with `spec`; `withRange` adds "From 10 to 240 minutes." */
export function fieldErrorText(error: ErrorLike, spec: FieldSpec | undefined, { withRange = true } = {}): string {
  const range =
    withRange && spec && (spec.kind === 'integer' || spec.kind === 'nullable-integer') && error.min !== undefined && error.max !== undefined
      ? ` ${rangeText(spec.unit, error.min, error.max)}`
      : '';
  switch (error.reason) {
    case 'too-small':
      return t('optionsErrorTooSmall') + range;
    case 'too-large':
      return t('optionsErrorTooLarge') + range;
    case 'not-a-whole-number':
      return t('optionsErrorNotWhole') + range;
    case 'wrong-type':
      if (spec?.kind === 'boolean') return t('optionsErrorNotOnOff');
      if (spec?.kind === 'nullable-boolean') return t('optionsErrorNotYesNo');
      return t('optionsErrorNotNumber') + range;
    case 'not-a-time':
      return t('optionsErrorNotTime');
    case 'not-a-day-list':
      return t('optionsErrorNotDays');
    case 'unknown-value':
      return t('optionsErrorNotChoice');
    case 'same-start-and-end':
      return t('optionsErrorSameTimes');
    default:
      return t('optionsErrorUnknownField');
  }
}
