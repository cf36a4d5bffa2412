import { useSignal } from '@preact/signals';
import type { Weekday } from '../../lib/settings/settings';
import { t, type MessageKey } from '../../shell/i18n';
import { FieldError, Section, SwitchField, fieldId } from './fields';
import { minutesToTime, timeToMinutes, windowText } from './format';
import type { OptionsState } from './options-state';

/** Monday first, the way most calendars in our languages start the week. */
const WEEK: ReadonlyArray<{ day: Weekday; short: MessageKey; long: MessageKey }> = [
  { day: 1, short: 'optionsDayMonShort', long: 'optionsDayMon' },
  { day: 2, short: 'optionsDayTueShort', long: 'optionsDayTue' },
  { day: 3, short: 'optionsDayWedShort', long: 'optionsDayWed' },
  { day: 4, short: 'optionsDayThuShort', long: 'optionsDayThu' },
  { day: 5, short: 'optionsDayFriShort', long: 'optionsDayFri' },
  { day: 6, short: 'optionsDaySatShort', long: 'optionsDaySat' },
  { day: 0, short: 'optionsDaySunShort', long: 'optionsDaySun' },
];

/**
 * Active hours and days, and when a due reminder waits (a fullscreen window, a tab playing sound).
 * `canTellFullscreen`: the browser reports window states (Firefox for Android, for one, has no windows).
 */
export function ActiveHoursSection({ state, canTellFullscreen }: { state: OptionsState; canTellFullscreen: boolean }) {
  const s = state.settings.value;
  const noDays = s.activeDays.length === 0;
  const toggleDay = (day: Weekday, on: boolean) =>
    state.update('activeDays', on ? [...s.activeDays, day] : s.activeDays.filter((d) => d !== day));

  return (
    <Section id="active-hours" title={t('optionsActiveTitle')} intro={t('optionsActiveIntro')}>
      <div class="group time-row">
        <TimeField state={state} field="activeStartMin" label={t('optionsActiveStart')} />
        <TimeField state={state} field="activeEndMin" label={t('optionsActiveEnd')} />
      </div>
      <p class="summary" id="active-window-summary" aria-live="polite">
        {windowText(s.activeStartMin, s.activeEndMin)}
      </p>
      <fieldset class="field days" aria-describedby={noDays ? 'no-days-note' : undefined}>
        <legend>{t('optionsActiveDays')}</legend>
        <div class="day-list">
          {WEEK.map(({ day, short, long }) => {
            const id = `day-${day}`;
            return (
              <div class="day" key={id}>
                <input id={id} type="checkbox" checked={s.activeDays.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
                <label for={id}>
                  <span aria-hidden="true">{t(short)}</span>
                  <span class="sr-only">{t(long)}</span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {noDays ? (
        <p class="note warn" id="no-days-note" role="status">
          {t('optionsNoDays')}
        </p>
      ) : null}
      <div class="group">
        {canTellFullscreen ? (
          <SwitchField state={state} field="holdWhileFullscreen" label={t('optionsHoldFullscreen')} description={t('optionsHoldFullscreenHint')} />
        ) : (
          <p class="note">{t('optionsHoldCannotTell')}</p>
        )}
        <SwitchField state={state} field="holdWhileAudible" label={t('optionsHoldAudible')} description={t('optionsHoldAudibleHint')} />
      </div>
    </Section>
  );
}

export function TimeField({ state, field, label }: { state: OptionsState; field: 'activeStartMin' | 'activeEndMin'; label: string }) {
  const draft = useSignal<string | null>(null);
  const error = state.errors.value[field];
  const id = fieldId(field);
  const shown = error && draft.value !== null ? draft.value : minutesToTime(state.settings.value[field]);
  return (
    <div class={`field time-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={shown}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`active-window-summary${error ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          const text = e.currentTarget.value;
          draft.value = text;
          const minutes = timeToMinutes(text);
          state.update(field, minutes ?? Number.NaN);
        }}
      />
      <FieldError state={state} field={field} />
    </div>
  );
}
