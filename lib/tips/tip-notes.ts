/**
 * Why each tip helps and where that comes from: every note names its sources in full (lib/tips/sources.ts, lib/tips/tip-sources.ts), so
 * a reader can look them up. The popup loads this only when someone opens "Why?".
 */
import type { Source } from './citation';
import { NICE_POSTNATAL, SAFETY_SOURCES } from './sources';
import {
  CAUSES_AND_RELIEF,
  CORE_PROBLEM,
  NHS_CAESAREAN_RECOVERY,
  NHS_DESK,
  NHS_PELVIC_FLOOR,
  NHS_PELVIC_PAIN,
  NHS_POSTNATAL_DEPRESSION,
  NHS_SAFE_SLEEP,
  NICE_PELVIC_FLOOR,
  PT_EXERCISES,
  RUNNING_POSTNATAL,
  STOCKPORT_FEEDING_POSITIONS,
  UNEXPECTED_ANSWERS,
  WHY_BACK_PAIN,
} from './tip-sources';
import type { TipId } from './tip-index';

export interface TipNote {
  /** The reasoning, with a figure only where a source gives it and says who was studied. */
  why?: string;
  /** Where the advice and the reasoning come from; the first is the main one. */
  sources: readonly [Source, ...Source[]];
}

export const TIP_NOTES: Record<TipId, TipNote> = {
  // feeding
  'feed-pillow-mid-back': {
    why: 'A newborn often feeds eight to twelve times a day. Sunk into a soft seat, that is hours of a rounded back every day, so a little support at each feed adds up.',
    sources: [CAUSES_AND_RELIEF],
  },
  'feed-feet-raised': {
    why: 'Raised feet lift your thighs and so your lap: the baby sits higher with fewer pillows, and your legs have a base to rest on, so you can lean back into the chair instead of perching forward.',
    sources: [CAUSES_AND_RELIEF],
  },
  'feed-baby-up': {
    why: 'Hunching towards the baby loads the muscles between the shoulder blades, and that strain builds up feed after feed.',
    sources: [PT_EXERCISES],
  },
  'feed-tummy-to-tummy': { sources: [CAUSES_AND_RELIEF] },
  'feed-side-lying': {
    why: 'Lying down lets your back rest during a feed. Because you may fall asleep, set up as for sleep: baby on their back on a firm, flat mattress, away from pillows and duvets, and never with a baby on a sofa or armchair. The risks rise after alcohol, drugs, smoking or sedating medicine.',
    sources: [NHS_SAFE_SLEEP, CAUSES_AND_RELIEF],
  },
  'feed-bottle': {
    why: 'An ache between the shoulder blades often comes from the rounded, looking-down posture of feeding, by breast or by bottle.',
    sources: [PT_EXERCISES],
  },
  'feed-shoulders-down': { sources: [PT_EXERCISES] },
  'feed-chin-level': { sources: [PT_EXERCISES] },
  'feed-water': { sources: [CAUSES_AND_RELIEF] },
  'feed-legs-uncrossed': { sources: [CAUSES_AND_RELIEF] },
  'feed-switch-arms': { sources: [PT_EXERCISES] },
  'feed-caesarean-holds': {
    why: 'Both holds keep the baby’s weight and kicking feet off a healing wound, and pillows take the weight off your arms.',
    sources: [STOCKPORT_FEEDING_POSITIONS],
  },
  // desk
  'feed-at-desk': { sources: [CAUSES_AND_RELIEF] },
  'desk-chair': { sources: [NHS_DESK] },
  'desk-screen-height': {
    why: 'Looking down for long stretches rounds the upper back, and that posture is behind much of the ache between the shoulder blades.',
    sources: [PT_EXERCISES, NHS_DESK],
  },
  'desk-two-minute-walk': {
    why: 'Walking gets a stiff back moving. It works best alongside core work, since on its own it does not rebuild strength.',
    sources: [PT_EXERCISES],
  },
  'desk-reset': { sources: [CAUSES_AND_RELIEF] },
  'desk-stand-for-calls': { sources: [NHS_DESK] },
  // lifting
  'lift-hip-hinge': {
    why: 'Bending with a rounded back is not harmful, and a back that is used to it copes well. In the early months a hinge is often easier because your hips and legs share the load; one article counts about 50 baby pick-ups a day.',
    sources: [WHY_BACK_PAIN, CAUSES_AND_RELIEF],
  },
  'lift-lunge-down': {
    why: 'A lunge is usually easier on the back and knees than bending over from standing.',
    sources: [CAUSES_AND_RELIEF],
  },
  'lift-load-close': { sources: [WHY_BACK_PAIN] },
  'lift-exhale': {
    why: 'Straining with a held breath pushes down on the pelvic floor and out on the tummy wall. When you breathe out with the effort, the deep tummy muscles and the pelvic floor can tighten along with the lift.',
    sources: [CAUSES_AND_RELIEF],
  },
  'lift-switch-hips': {
    why: 'Holding a baby on one hip is one of the moments when lower back pain most often shows up; swapping sides shares the load.',
    sources: [PT_EXERCISES, UNEXPECTED_ANSWERS],
  },
  'lift-car-seat': {
    why: 'A car seat with a baby in it is a heavy lift, so this tip waits until six weeks after a birth, and twelve after a caesarean: until then, lift nothing heavier than your baby.',
    sources: [UNEXPECTED_ANSWERS, NHS_CAESAREAN_RECOVERY],
  },
  'lift-stroller': {
    why: 'This tip waits until six weeks after a birth, and twelve after a caesarean; before then, someone else can do this lift.',
    sources: [CAUSES_AND_RELIEF, NHS_CAESAREAN_RECOVERY],
  },
  'lift-weekly-shop': {
    why: 'This tip waits until six weeks after a birth, and twelve after a caesarean; before then, keep every bag lighter than your baby.',
    sources: [CAUSES_AND_RELIEF, NHS_CAESAREAN_RECOVERY],
  },
  'lift-into-cot': { sources: [PT_EXERCISES] },
  'lift-carrier': {
    why: 'Babywearing for hours at a time is a common source of mid and upper back ache.',
    sources: [PT_EXERCISES],
  },
  'lift-one-breath': { sources: [CAUSES_AND_RELIEF] },
  'lift-for-you': {
    why: 'After a birth the tummy wall and pelvic floor need weeks to recover, and longer after a caesarean, which is surgery. Heavy lifts come back step by step from six weeks (twelve after a caesarean).',
    sources: [NHS_CAESAREAN_RECOVERY, NICE_POSTNATAL],
  },
  'lift-nappy-height': {
    why: 'Changing a nappy means many short bends a day. A surface at waist height, or kneeling, keeps each one small.',
    sources: [CAUSES_AND_RELIEF],
  },
  // breathing
  'breath-360': {
    why: 'In an Australian study of more than 38,000 women aged 18 to 75, back pain went along with breathing problems and bladder leaks more closely than with activity levels or weight.',
    sources: [UNEXPECTED_ANSWERS],
  },
  'breath-exhale-lift': {
    why: 'Gentle activation like this, rather than crunches or planks, is where rebuilding the core starts.',
    sources: [CORE_PROBLEM],
  },
  'breath-rib-stack': {
    why: 'Ribs that are not stacked over the pelvis are a common reason a hip hinge feels sore.',
    sources: [WHY_BACK_PAIN],
  },
  'breath-feed-breaths': { sources: [WHY_BACK_PAIN] },
  'breath-crunches-wait': {
    why: 'Over pregnancy the deep abdominals lengthen and can part down the middle (diastasis recti). Crunches and planks make more sense once that deep layer works again.',
    sources: [CORE_PROBLEM],
  },
  'breath-cylinder': {
    why: 'If one of the four is out of practice, the others take on its share, and the back is usually the one that ends up tired and tight.',
    sources: [UNEXPECTED_ANSWERS, PT_EXERCISES],
  },
  'breath-leaks-linked': {
    why: 'The pelvic floor has two jobs: keeping you continent and, with its deeper layer, helping to steady the spine. When it is weak, both jobs can suffer at once.',
    sources: [UNEXPECTED_ANSWERS],
  },
  'breath-after-pregnancy': { sources: [UNEXPECTED_ANSWERS] },
  'breath-new-habit': { sources: [CORE_PROBLEM] },
  'pf-slow-holds': {
    why: 'Pelvic floor training done daily for at least three months is what guidelines offer first for leaks after a birth, and it helps the pelvic floor support your back.',
    sources: [NICE_PELVIC_FLOOR, NHS_PELVIC_FLOOR],
  },
  'pf-quick-squeezes': {
    why: 'Quick squeezes train the fast reaction that holds on when you cough, laugh or lift; slow holds build endurance. A programme has both.',
    sources: [NHS_PELVIC_FLOOR],
  },
  'pf-every-day': {
    why: 'Muscles take months to strengthen. If nothing has changed after about three months of regular practice, a pelvic-health physiotherapist can check what your pelvic floor is doing.',
    sources: [NICE_PELVIC_FLOOR],
  },
  'pf-before-a-cough': {
    why: 'A cough or sneeze pushes down hard on the pelvic floor. Tightening it a moment before meets that push.',
    sources: [NHS_PELVIC_FLOOR],
  },
  // mobility
  'mob-cat-cow': {
    why: 'Rounding and arching bring back the bending forward and back that a spine loses over pregnancy.',
    sources: [PT_EXERCISES],
  },
  'mob-open-book': {
    why: 'As the bump grows, the spine turns less and less, and that stiffness can linger after the birth. Rotation gives it back.',
    sources: [PT_EXERCISES],
  },
  'mob-seated-twist': { sources: [PT_EXERCISES] },
  'mob-chair-extension': {
    why: 'Feeding and screens keep you bent forward; arching back a little undoes some of that.',
    sources: [PT_EXERCISES],
  },
  'mob-standing-reach': { sources: [CAUSES_AND_RELIEF] },
  'mob-open-chest': { sources: [PT_EXERCISES] },
  'mob-roll-down': {
    why: 'A rounded spine is healthy and strong once it is used to the load. In the early months, a hinge is simply the easier way to lift.',
    sources: [WHY_BACK_PAIN],
  },
  'mob-hamstrings': {
    why: 'Tight hamstrings often play a part in lower back pain after a birth.',
    sources: [CAUSES_AND_RELIEF],
  },
  'mob-not-stretching': {
    why: 'A tight, sore back is usually overworked rather than short. Strength and movement reach that; stretching by itself does not.',
    sources: [PT_EXERCISES],
  },
  'mob-gentle-stretch': {
    why: 'Pregnancy hormones loosen ligaments, and it is not known exactly how long that lasts after a birth. An easy range is kind to your joints either way.',
    sources: [CAUSES_AND_RELIEF],
  },
  // strength
  'str-glute-bridge': {
    why: 'Glutes and abs hold the pelvis between them. In one small scan study of women, those with long-term low back pain had clearly smaller glute muscles than those without.',
    sources: [UNEXPECTED_ANSWERS],
  },
  'str-sit-to-stand': {
    why: 'Standing up from a chair or the floor is a moment when back pain after a birth often shows; practising it makes it easier.',
    sources: [PT_EXERCISES],
  },
  'str-heavier-than-child': {
    why: 'Children get heavier and wrigglier every month. Strength in reserve means a toddler squirming at an odd angle is not your biggest lift of the day.',
    sources: [WHY_BACK_PAIN],
  },
  'str-step-by-step': {
    why: 'Pilates, yoga or running started before the deep core and pelvic floor are strong again can add strain. Pain is a sign to ease off, not to push.',
    sources: [CAUSES_AND_RELIEF],
  },
  'str-glutes-relaxed': { sources: [WHY_BACK_PAIN] },
  'str-why-strength': {
    why: 'Studies disagree widely on how common back pain after a birth is, from a few in a hundred to three in four, and for some it lasts years. Left alone, it tends to grow as children get heavier.',
    sources: [PT_EXERCISES],
  },
  'str-return-to-running': {
    why: 'Each running stride lands with up to about two and a half times your body weight. A postnatal running guideline suggests waiting until about three months, and first checking that brisk walks, hops and jogging on the spot cause no symptoms.',
    sources: [RUNNING_POSTNATAL],
  },
  // self-care
  'care-heat-cold': {
    why: 'Either one can take the edge off pain for a while. Neither changes why it hurts; that is what the strength work is for.',
    sources: [CAUSES_AND_RELIEF],
  },
  'care-rest': {
    why: 'Tiredness and a body under strain together make back pain more likely.',
    sources: [CAUSES_AND_RELIEF],
  },
  'care-food': { sources: [CAUSES_AND_RELIEF] },
  'care-accept-help': { sources: [CAUSES_AND_RELIEF] },
  'care-short-walk': { sources: [CAUSES_AND_RELIEF] },
  'care-back-rub': { sources: [CAUSES_AND_RELIEF] },
  'care-not-broken': {
    why: 'By the end of pregnancy the womb can be up to 500 times its earlier size, and the tummy wall stretches to make room. Coming back from that takes time.',
    sources: [CORE_PROBLEM],
  },
  'care-caesarean-scar': {
    why: 'Scar tissue that sticks to the layers around it can add to lower back and pelvic pain and to core and pelvic floor trouble.',
    sources: [CAUSES_AND_RELIEF],
  },
  'care-caesarean-getting-up': {
    why: 'Sitting straight up from lying works like a crunch: it pulls on a stretched tummy wall and, after a caesarean, on the wound. Rolling to your side first spares both.',
    sources: [NHS_CAESAREAN_RECOVERY, CAUSES_AND_RELIEF],
  },
  'care-caesarean-cough': {
    why: 'A cough or a laugh pushes out on the wound from inside. Gentle pressure from outside meets that push, so it hurts less.',
    sources: [NHS_CAESAREAN_RECOVERY],
  },
  'care-toilet': {
    why: 'Straining pushes down on a pelvic floor that is healing, and on any stitches. With your knees above your hips and a slow breath out, the bowel empties with less push.',
    sources: [NHS_PELVIC_FLOOR, NICE_POSTNATAL],
  },
  // get-help
  'help-see-someone-now': {
    why: 'Most back pain after a birth is not dangerous. These signs are the exceptions: they can point to a nerve, a clot, an infection or high blood pressure, which need a doctor quickly.',
    sources: SAFETY_SOURCES,
  },
  'help-pelvic-floor-pt': {
    why: 'The routine check after a birth is about safe recovery; it rarely looks closely at the core and pelvic floor.',
    sources: [CORE_PROBLEM, PT_EXERCISES],
  },
  'help-worth-treating': {
    why: 'One article reports that severe pain in the first week after a birth makes long-lasting pain somewhat more likely: one more reason not to wait.',
    sources: [CORE_PROBLEM],
  },
  'help-getting-worse': {
    why: 'Better habits take strain off each day, but they do not rebuild weak or out-of-step muscles; the two work best together.',
    sources: [PT_EXERCISES],
  },
  'help-epidural': {
    why: 'Pain that lasts months more likely comes from the changes of pregnancy and a weakened core, which can be worked on.',
    sources: [PT_EXERCISES],
  },
  'help-pelvic-girdle': {
    why: 'Pelvic girdle pain is common in pregnancy and often eases after the birth, but not always. It responds well to treatment, and the earlier the better.',
    sources: [NHS_PELVIC_PAIN],
  },
  'help-low-mood': {
    why: 'More than one in ten birth parents has postnatal depression in the year after a birth, and partners can have it too. It is an illness, not a weakness, and treatment helps.',
    sources: [NHS_POSTNATAL_DEPRESSION],
  },
};

export function noteForTip(id: string): TipNote | undefined {
  return (TIP_NOTES as Record<string, TipNote>)[id];
}
