import { t } from '../../shell/i18n';
import { NumberField, Section, SwitchField } from './fields';
import { minutesText } from './format';
import type { OptionsState } from './options-state';

export function RemindersSection({ state }: { state: OptionsState }) {
  const s = state.settings.value;
  const min = t('optionsUnitMinutes');
  return (
    <Section id="reminders" title={t('optionsRemindersTitle')} intro={t(import.meta.env.FIREFOX ? 'optionsRemindersIntroFirefox' : 'optionsRemindersIntro')}>
      <div class="group">
        <SwitchField state={state} field="movementEnabled" label={t('optionsMovementEnabled')} description={t('optionsMovementEnabledHint')} />
        <NumberField
          state={state}
          field="movementIntervalMin"
          label={t('optionsMovementInterval')}
          unit={min}
          step={5}
          note={s.movementIntervalMin >= 60 ? minutesText(s.movementIntervalMin) : undefined}
        />
      </div>
      <div class="group">
        <SwitchField state={state} field="feedingEnabled" label={t('optionsFeedingEnabled')} description={t('optionsFeedingEnabledHint')} />
        <NumberField
          state={state}
          field="feedingIntervalMin"
          label={t('optionsFeedingInterval')}
          unit={min}
          step={15}
          note={s.feedingIntervalMin >= 60 ? minutesText(s.feedingIntervalMin) : undefined}
        />
      </div>
      <div class="group">
        <NumberField state={state} field="feedCheckInMin" label={t('optionsFeedCheckIn')} unit={min} note={t('optionsFeedCheckInNote')} />
        <NumberField state={state} field="snoozeMin" label={t('optionsSnooze')} unit={min} />
        <NumberField state={state} field="naturalBreakMin" label={t('optionsNaturalBreak')} unit={min} note={t('optionsNaturalBreakNote')} />
      </div>
    </Section>
  );
}
