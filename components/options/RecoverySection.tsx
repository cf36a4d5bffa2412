import { useSignal } from '@preact/signals';
import { FEEDING_METHODS, type FeedingMethod } from '../../lib/settings/settings';
import { feedingChoice } from '../../lib/welcome/answers';
import { t } from '../../shell/i18n';
import { FEEDING_METHOD_LABELS } from './feeding-method';
import { ChoiceGroup, NumberField, Section } from './fields';
import type { OptionsState } from './options-state';

/**
 * Optional: whether you gave birth, weeks since birth and caesarean birth. Only used to pick tips that fit;
 * nothing is required and "prefer not to say" is always a full answer. Someone who did not give birth gets no
 * tips about recovering from one, so the birth questions step aside for them.
 */
export function RecoverySection({ state }: { state: OptionsState }) {
  const s = state.settings.value;
  // "Share weeks" is the user's choice on this page until they type a number; storage keeps null till then.
  const sharing = useSignal(false);
  const sharesWeeks = s.weeksSinceBirth !== null || sharing.value;

  const didNotGiveBirth = s.gaveBirth === false;

  return (
    <Section id="recovery" title={t('optionsRecoveryTitle')} intro={t('optionsRecoveryIntro')}>
      <ChoiceGroup
        name="gave-birth"
        legend={t('optionsGaveBirthLegend')}
        selected={s.gaveBirth}
        onPick={(value) => state.update('gaveBirth', value)}
        choices={[
          { value: null, label: t('optionsPreferNotToSay') },
          { value: true, label: t('optionsGaveBirthYes') },
          { value: false, label: t('optionsGaveBirthNo') },
        ]}
      />
      {didNotGiveBirth ? <p class="muted">{t('optionsGaveBirthNoNote')}</p> : null}
      {didNotGiveBirth ? null : (
        <>
          <ChoiceGroup
            name="weeks-choice"
            legend={t('optionsWeeksLegend')}
            selected={sharesWeeks}
            onPick={(share) => {
              sharing.value = share;
              if (!share) state.update('weeksSinceBirth', null);
            }}
            choices={[
              { value: false, label: t('optionsPreferNotToSay') },
              { value: true, label: t('optionsWeeksShare') },
            ]}
          />
          {sharesWeeks ? (
            <div class="indent">
              <NumberField state={state} field="weeksSinceBirth" label={t('optionsWeeksSinceBirth')} unit={t('optionsUnitWeeks')} />
            </div>
          ) : null}
          <ChoiceGroup
            name="caesarean"
            legend={t('optionsCaesareanLegend')}
            selected={s.caesarean}
            onPick={(value) => state.update('caesarean', value)}
            choices={[
              { value: null, label: t('optionsPreferNotToSay') },
              { value: true, label: t('optionsYes') },
              { value: false, label: t('optionsNo') },
            ]}
          />
        </>
      )}
      <ChoiceGroup<FeedingMethod | null>
        name="feeding-method"
        inline
        legend={t('welcomeFeedingLegend')}
        selected={feedingChoice(s)}
        onPick={(value) => value && state.update('feedingMethod', value)}
        choices={FEEDING_METHODS.map((method) => ({ value: method, label: t(FEEDING_METHOD_LABELS[method]) }))}
      />
    </Section>
  );
}
