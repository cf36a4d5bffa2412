import { drillDurationSec, paceOf } from '../../lib/breathing/breathing';
import { t } from '../../shell/i18n';
import { durationText } from '../format';
import { NumberField, Section, SwitchField } from './fields';
import type { OptionsState } from './options-state';

export function BreathingSection({ state }: { state: OptionsState }) {
  const s = state.settings.value;
  const seconds = t('optionsUnitSeconds');
  return (
    <Section id="breathing" title={t('optionsBreathingTitle')} intro={t('optionsBreathingIntro')}>
      <div class="group">
        <NumberField state={state} field="breatheInSec" label={t('optionsBreatheIn')} unit={seconds} />
        <NumberField state={state} field="breatheOutSec" label={t('optionsBreatheOut')} unit={seconds} />
        <NumberField state={state} field="breaths" label={t('optionsBreaths')} unit={t('optionsUnitBreaths')} />
      </div>
      <SwitchField state={state} field="breathingOnly" label={t('optionsBreathingOnly')} description={t('optionsBreathingOnlyHint')} />
      <p class="summary" aria-live="polite">
        {t('optionsDrillLength', durationText(drillDurationSec(paceOf(s))))}
      </p>
    </Section>
  );
}
