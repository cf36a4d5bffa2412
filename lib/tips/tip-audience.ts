/**
 * Who each tip is for, and from when: the audiences the tip index (lib/tips/tip-index.ts) gives every tip. One
 * name per kind of guidance, so a clinician can check the rules here and the index says which applies:
 * - nothing heavier than the baby in the first six weeks, and in the first twelve after a caesarean;
 * - loaded strength work (a weight heavier than the child) and running from about twelve weeks, and only
 *   without leaking, heaviness, doming or pain (the tips say so);
 * - tips about recovering from a birth are not for partners, adoptive or foster parents.
 * The chooser's rules for applying them are in lib/tips/choose-tip.ts (`isSafeFor`).
 */
import { RECOVERY_STAGES, type Audience, type RecoveryStage } from './tip-model';

const FROM_6_WEEKS: readonly RecoveryStage[] = ['settling', 'rebuilding', 'later'];
const FROM_12_WEEKS: readonly RecoveryStage[] = ['rebuilding', 'later'];

/** Everyone caring for a baby, at any stage. */
export const ANYONE: Audience = { who: 'anyone', stages: RECOVERY_STAGES };
/** About recovering from a birth, at any stage. */
export const GAVE_BIRTH: Audience = { who: 'gave-birth', stages: RECOVERY_STAGES };
/** About recovering from a birth, in the first twelve weeks (rolling to get up). */
export const GAVE_BIRTH_FIRST_WEEKS: Audience = { who: 'gave-birth', stages: ['early', 'settling'] };
/** Building back up after a birth, from six weeks. */
export const GAVE_BIRTH_FROM_6_WEEKS: Audience = { who: 'gave-birth', stages: FROM_6_WEEKS };
/** Only after a caesarean birth. */
export const CAESAREAN: Audience = { who: 'caesarean', stages: RECOVERY_STAGES };
/** Car seat, stroller, shopping: from six weeks, and from twelve after a caesarean. */
export const HEAVY_LIFT: Audience = { who: 'anyone', stages: FROM_6_WEEKS, afterCaesarean: FROM_12_WEEKS };
/** "Ask someone to lift this for now": exactly while heavy lifts are held back. */
export const LIFT_FOR_YOU: Audience = { who: 'gave-birth', stages: ['early'], afterCaesarean: ['early', 'settling'] };
/** Lifting a weight heavier than the child: from about twelve weeks. */
export const LOADED_STRENGTH: Audience = { who: 'anyone', stages: FROM_12_WEEKS };
/** Running again after a birth: from about twelve weeks. */
export const RETURN_TO_RUNNING: Audience = { who: 'gave-birth', stages: FROM_12_WEEKS };
