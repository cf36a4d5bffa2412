/**
 * Why each tip helps (with the source's figure where there is one) and which seed article it comes from.
 * The popup loads this only when someone opens "Why?".
 */
import type { TipId } from './tip-index';

const CORE_PROBLEM = 'How I know Your Postpartum Back Pain is a CORE Problem';
const CAUSES_AND_RELIEF = 'What\'s Really Causing Your Postpartum Back Pain... And How to Get Relief';
const UNEXPECTED_ANSWERS = 'Postpartum Back Pain: The Unexpected Answers';
const PT_EXERCISES = '5 physical therapy exercises for postpartum back pain';
const WHY_BACK_PAIN = 'Why Do Moms Often Have Back Pain?';

/** The titles of the five seed articles: every tip's source is one of them. */
export const SOURCES: readonly string[] = [CORE_PROBLEM, CAUSES_AND_RELIEF, UNEXPECTED_ANSWERS, PT_EXERCISES, WHY_BACK_PAIN];

export interface TipNote {
  /** The reasoning, with the figure from the source where there is one. */
  why?: string;
  /** The seed article's title. */
  source: string;
}

export const TIP_NOTES: Record<TipId, TipNote> = {
  // feeding
  'feed-pillow-mid-back': {
    why: 'A newborn may feed around twelve times a day for about fifteen minutes at a time. Slumped into a soft seat, that adds up to hours of a rounded back every day.',
    source: CAUSES_AND_RELIEF,
  },
  'feed-feet-raised': {
    why: 'Raising the feet brings the thighs up so the angle at your hips closes to less than 90 degrees, which keeps the pelvis from rolling back.',
    source: CAUSES_AND_RELIEF,
  },
  'feed-baby-up': {
    why: 'Hunching towards the baby loads the muscles between the shoulder blades, and that strain builds up feed after feed.',
    source: PT_EXERCISES,
  },
  'feed-tummy-to-tummy': {
    source: CAUSES_AND_RELIEF,
  },
  'feed-side-lying': {
    why: 'It takes a little practice, but a side-lying feed is one of the kindest positions for your back and pelvic floor.',
    source: CAUSES_AND_RELIEF,
  },
  'feed-bottle': {
    why: 'Ache between the shoulder blades often comes from the rounded, looking-down posture of feeding, whether by breast or by bottle.',
    source: PT_EXERCISES,
  },
  'feed-shoulders-down': {
    source: PT_EXERCISES,
  },
  'feed-chin-level': {
    source: PT_EXERCISES,
  },
  'feed-water': {
    source: CAUSES_AND_RELIEF,
  },
  'feed-legs-uncrossed': {
    source: CAUSES_AND_RELIEF,
  },
  'feed-switch-arms': {
    source: UNEXPECTED_ANSWERS,
  },
  // desk
  'feed-at-desk': {
    source: CAUSES_AND_RELIEF,
  },
  'desk-chair': {
    source: CAUSES_AND_RELIEF,
  },
  'desk-screen-height': {
    why: 'Looking down for long stretches rounds the upper back, and that posture is behind much of the ache between the shoulder blades.',
    source: PT_EXERCISES,
  },
  'desk-two-minute-walk': {
    why: 'Walking gets a stiff back moving. It works best alongside core work, since on its own it does not rebuild strength.',
    source: PT_EXERCISES,
  },
  'desk-reset': {
    source: CAUSES_AND_RELIEF,
  },
  'desk-stand-for-calls': {
    source: CAUSES_AND_RELIEF,
  },
  // lifting
  'lift-hip-hinge': {
    why: 'You may bend down for the baby around 50 times a day. A hinge shares each of those with your glutes and legs; a rounded lower back takes them alone, which is hard on it in the early months.',
    source: WHY_BACK_PAIN,
  },
  'lift-lunge-down': {
    why: 'A lunge is usually easier on the back and knees than bending over from standing.',
    source: CAUSES_AND_RELIEF,
  },
  'lift-load-close': {
    source: WHY_BACK_PAIN,
  },
  'lift-exhale': {
    why: 'The breath out switches on your deep core, which shields the tummy muscles, the pelvic floor and the lower back while you rise.',
    source: CAUSES_AND_RELIEF,
  },
  'lift-switch-hips': {
    why: 'Holding a baby on one hip is one of the moments when lower back pain most often shows up.',
    source: UNEXPECTED_ANSWERS,
  },
  'lift-car-seat': {
    source: UNEXPECTED_ANSWERS,
  },
  'lift-stroller': {
    source: CAUSES_AND_RELIEF,
  },
  'lift-weekly-shop': {
    source: CAUSES_AND_RELIEF,
  },
  'lift-into-cot': {
    source: PT_EXERCISES,
  },
  'lift-carrier': {
    why: 'Babywearing for hours at a time is a common source of mid and upper back ache.',
    source: PT_EXERCISES,
  },
  'lift-one-breath': {
    source: CAUSES_AND_RELIEF,
  },
  // breathing
  'breath-360': {
    why: 'In an Australian study of more than 38,000 women, back pain went along with breathing problems and bladder leaks more closely than with activity levels or weight.',
    source: UNEXPECTED_ANSWERS,
  },
  'breath-exhale-lift': {
    why: 'Gentle activation like this, rather than crunches or planks, is where rebuilding the core starts.',
    source: CORE_PROBLEM,
  },
  'breath-rib-stack': {
    why: 'Ribs that are not stacked over the pelvis are a common reason a hip hinge feels sore.',
    source: WHY_BACK_PAIN,
  },
  'breath-feed-breaths': {
    source: WHY_BACK_PAIN,
  },
  'breath-crunches-wait': {
    why: 'Over pregnancy the deep abdominals lengthen and can part down the middle (diastasis recti). Crunches and planks make more sense once that deep layer works again.',
    source: CORE_PROBLEM,
  },
  'breath-cylinder': {
    why: 'When one part lags, the others make up for it, and the back is usually the one that ends up tight and tired.',
    source: UNEXPECTED_ANSWERS,
  },
  'breath-leaks-linked': {
    why: 'The deep layer of the pelvic floor lifts upwards and steadies the spine. Recent figures put pelvic floor problems in 85 to 90% of people with low back pain.',
    source: WHY_BACK_PAIN,
  },
  'breath-after-pregnancy': {
    source: UNEXPECTED_ANSWERS,
  },
  'breath-new-habit': {
    source: CORE_PROBLEM,
  },
  // mobility
  'mob-cat-cow': {
    why: 'Rounding and arching bring back the bending forward and back that a spine loses over pregnancy.',
    source: PT_EXERCISES,
  },
  'mob-open-book': {
    why: 'As the bump grows, the spine turns less and less, and that stiffness can linger after the birth. Rotation gives it back.',
    source: PT_EXERCISES,
  },
  'mob-seated-twist': {
    source: PT_EXERCISES,
  },
  'mob-chair-extension': {
    why: 'Feeding and screens keep you bent forward; arching back a little undoes some of that.',
    source: PT_EXERCISES,
  },
  'mob-standing-reach': {
    source: CAUSES_AND_RELIEF,
  },
  'mob-open-chest': {
    source: PT_EXERCISES,
  },
  'mob-roll-down': {
    why: 'A rounded spine is fine once it is used to the load. Early on, lifting with it rounded is what is best swapped for a hinge.',
    source: WHY_BACK_PAIN,
  },
  'mob-hamstrings': {
    why: 'Tight hamstrings often play a part in lower back pain after a birth.',
    source: CAUSES_AND_RELIEF,
  },
  'mob-not-stretching': {
    why: 'A tight, sore back is usually overworked rather than short. Strength and movement reach that; stretching by itself does not.',
    source: PT_EXERCISES,
  },
  'mob-gentle-stretch': {
    why: 'Relaxin stays high for about three months after a birth, longer while breastfeeding, so joints give more than usual.',
    source: CAUSES_AND_RELIEF,
  },
  // strength
  'str-glute-bridge': {
    why: 'Glutes and abs hold the pelvis between them. In one small study, people with long-term low back pain had clearly smaller glute muscles than people without it.',
    source: UNEXPECTED_ANSWERS,
  },
  'str-sit-to-stand': {
    why: 'Standing up from a chair or the floor is a moment when postpartum back pain often shows; practising it makes it easier.',
    source: PT_EXERCISES,
  },
  'str-heavier-than-child': {
    why: 'Children get heavier and wrigglier every month. Strength in reserve means a toddler squirming at an odd angle is not your biggest lift of the day.',
    source: WHY_BACK_PAIN,
  },
  'str-step-by-step': {
    why: 'Pilates, yoga or running started before the deep core and pelvic floor are strong again can add strain. Pain is a sign to ease off, not to push.',
    source: CAUSES_AND_RELIEF,
  },
  'str-glutes-relaxed': {
    source: WHY_BACK_PAIN,
  },
  'str-why-strength': {
    why: 'More than two in three people get back pain after a birth, and 37% still have it at a check-up weeks later. Left alone, it tends to grow as children get heavier.',
    source: PT_EXERCISES,
  },
  // self-care
  'care-heat-cold': {
    why: 'Warmth relaxes muscle and brings blood flow; cold eases pain. Either gives relief in the moment while strength work deals with the cause.',
    source: CAUSES_AND_RELIEF,
  },
  'care-rest': {
    why: 'Tiredness and a body under strain together make back pain more likely.',
    source: CAUSES_AND_RELIEF,
  },
  'care-food': {
    source: CAUSES_AND_RELIEF,
  },
  'care-accept-help': {
    source: CAUSES_AND_RELIEF,
  },
  'care-short-walk': {
    source: CAUSES_AND_RELIEF,
  },
  'care-back-rub': {
    source: CAUSES_AND_RELIEF,
  },
  'care-not-broken': {
    why: 'Up to 85% of people have back pain after having a baby, and in pregnancy the uterus grows to as much as 500 times its usual size.',
    source: CORE_PROBLEM,
  },
  'care-caesarean-scar': {
    why: 'Scar tissue that sticks to the layers around it can add to lower back and pelvic pain and to core and pelvic floor trouble.',
    source: CAUSES_AND_RELIEF,
  },
  'care-caesarean-getting-up': {
    why: 'Sitting straight up from lying is a crunch, and crunches pull on a healing tummy wall and scar. Rolling to the side spares both.',
    source: CAUSES_AND_RELIEF,
  },
  // get-help
  'help-see-someone-now': {
    source: CAUSES_AND_RELIEF,
  },
  'help-pelvic-floor-pt': {
    why: 'The routine check after a birth is about safe recovery; it rarely looks closely at the core and pelvic floor.',
    source: PT_EXERCISES,
  },
  'help-worth-treating': {
    why: 'Up to a third of people still have back pain years after a pregnancy, and severe pain in the first week makes longer-lasting pain almost 20% more likely.',
    source: CORE_PROBLEM,
  },
  'help-getting-worse': {
    why: 'Better habits take strain off each day, but they do not rebuild weak or out-of-step muscles; the two work best together.',
    source: PT_EXERCISES,
  },
  'help-epidural': {
    why: 'Pain that lasts months more likely comes from the changes of pregnancy and a weakened core, which can be worked on.',
    source: PT_EXERCISES,
  },
};

export function noteForTip(id: string): TipNote | undefined {
  return (TIP_NOTES as Record<string, TipNote>)[id];
}
