/**
 * Why each tip helps, in English: the reasoning the popup shows under "Why?" (lib/tips/tip-notes.ts holds the
 * sources, which do not change with the language). Every locale has one file like this with exactly these keys.
 */
import type { TipId } from '../tip-index';

export const WHY = {
  'feed-pillow-mid-back':
    'A newborn often feeds eight to twelve times a day. Sunk into a soft seat, that is hours of a rounded back every day, so a little support at each feed adds up.',
  'feed-feet-raised':
    'Raised feet lift your thighs and so your lap: the baby sits higher with fewer pillows, and your legs have a base to rest on, so you can lean back into the chair instead of perching forward.',
  'feed-baby-up':
    'Hunching towards the baby loads the muscles between the shoulder blades, and that strain builds up feed after feed.',
  'feed-side-lying':
    'Lying down lets your back rest during a feed. Because you may fall asleep, set up as for sleep: baby on their back on a firm, flat mattress, away from pillows and duvets, and never with a baby on a sofa or armchair. The risks rise after alcohol, drugs, smoking or sedating medicine.',
  'feed-bottle':
    'An ache between the shoulder blades often comes from the rounded, looking-down posture of feeding, by breast or by bottle.',
  'feed-caesarean-holds':
    'Both holds keep the baby’s weight and kicking feet off a healing wound, and pillows take the weight off your arms.',
  'desk-screen-height':
    'Looking down for long stretches rounds the upper back, and that posture is behind much of the ache between the shoulder blades.',
  'desk-two-minute-walk':
    'Walking gets a stiff back moving. It works best alongside core work, since on its own it does not rebuild strength.',
  'lift-hip-hinge':
    'Bending with a rounded back is not harmful, and a back that is used to it copes well. In the early months a hinge is often easier because your hips and legs share the load; one article counts about 50 baby pick-ups a day.',
  'lift-lunge-down':
    'A lunge is usually easier on the back and knees than bending over from standing.',
  'lift-exhale':
    'Straining with a held breath pushes down on the pelvic floor and out on the tummy wall. When you breathe out with the effort, the deep tummy muscles and the pelvic floor can tighten along with the lift.',
  'lift-switch-hips':
    'Holding a baby on one hip is one of the moments when lower back pain most often shows up; swapping sides shares the load.',
  'lift-car-seat':
    'A car seat with a baby in it is a heavy lift, so this tip waits until six weeks after a birth, and twelve after a caesarean: until then, lift nothing heavier than your baby.',
  'lift-stroller':
    'This tip waits until six weeks after a birth, and twelve after a caesarean; before then, someone else can do this lift.',
  'lift-weekly-shop':
    'This tip waits until six weeks after a birth, and twelve after a caesarean; before then, keep every bag lighter than your baby.',
  'lift-carrier':
    'Babywearing for hours at a time is a common source of mid and upper back ache.',
  'lift-for-you':
    'After a birth the tummy wall and pelvic floor need weeks to recover, and longer after a caesarean, which is surgery. Heavy lifts come back step by step from six weeks (twelve after a caesarean).',
  'lift-nappy-height':
    'Changing a nappy means many short bends a day. A surface at waist height, or kneeling, keeps each one small.',
  'breath-360':
    'In an Australian study of more than 38,000 women aged 18 to 75, back pain went along with breathing problems and bladder leaks more closely than with activity levels or weight.',
  'breath-exhale-lift':
    'Gentle activation like this, rather than crunches or planks, is where rebuilding the core starts.',
  'breath-rib-stack':
    'Ribs that are not stacked over the pelvis are a common reason a hip hinge feels sore.',
  'breath-crunches-wait':
    'Over pregnancy the deep abdominals lengthen and can part down the middle (diastasis recti). Crunches and planks make more sense once that deep layer works again.',
  'breath-cylinder':
    'If one of the four is out of practice, the others take on its share, and the back is usually the one that ends up tired and tight.',
  'breath-leaks-linked':
    'The pelvic floor has two jobs: keeping you continent and, with its deeper layer, helping to steady the spine. When it is weak, both jobs can suffer at once.',
  'pf-slow-holds':
    'Pelvic floor training done daily for at least three months is what guidelines offer first for leaks after a birth, and it helps the pelvic floor support your back.',
  'pf-quick-squeezes':
    'Quick squeezes train the fast reaction that holds on when you cough, laugh or lift; slow holds build endurance. A programme has both.',
  'pf-every-day':
    'Muscles take months to strengthen. If nothing has changed after about three months of regular practice, a pelvic-health physiotherapist can check what your pelvic floor is doing.',
  'pf-before-a-cough':
    'A cough or sneeze pushes down hard on the pelvic floor. Tightening it a moment before meets that push.',
  'mob-cat-cow':
    'Rounding and arching bring back the bending forward and back that a spine loses over pregnancy.',
  'mob-open-book':
    'As the bump grows, the spine turns less and less, and that stiffness can linger after the birth. Rotation gives it back.',
  'mob-chair-extension':
    'Feeding and screens keep you bent forward; arching back a little undoes some of that.',
  'mob-roll-down':
    'A rounded spine is healthy and strong once it is used to the load. In the early months, a hinge is simply the easier way to lift.',
  'mob-hamstrings':
    'Tight hamstrings often play a part in lower back pain after a birth.',
  'mob-not-stretching':
    'A tight, sore back is usually overworked rather than short. Strength and movement reach that; stretching by itself does not.',
  'mob-gentle-stretch':
    'Pregnancy hormones loosen ligaments, and it is not known exactly how long that lasts after a birth. An easy range is kind to your joints either way.',
  'str-glute-bridge':
    'Glutes and abs hold the pelvis between them. In one small scan study of women, those with long-term low back pain had clearly smaller glute muscles than those without.',
  'str-sit-to-stand':
    'Standing up from a chair or the floor is a moment when back pain after a birth often shows; practising it makes it easier.',
  'str-heavier-than-child':
    'Children get heavier and wrigglier every month. Strength in reserve means a toddler squirming at an odd angle is not your biggest lift of the day.',
  'str-step-by-step':
    'Pilates, yoga or running started before the deep core and pelvic floor are strong again can add strain. Pain is a sign to ease off, not to push.',
  'str-why-strength':
    'Studies disagree widely on how common back pain after a birth is, from a few in a hundred to three in four, and for some it lasts years. Left alone, it tends to grow as children get heavier.',
  'str-return-to-running':
    'Each running stride lands with up to about two and a half times your body weight. A postnatal running guideline suggests waiting until about three months, and first checking that brisk walks, hops and jogging on the spot cause no symptoms.',
  'care-heat-cold':
    'Either one can take the edge off pain for a while. Neither changes why it hurts; that is what the strength work is for.',
  'care-rest':
    'Tiredness and a body under strain together make back pain more likely.',
  'care-not-broken':
    'By the end of pregnancy the womb can be up to 500 times its earlier size, and the tummy wall stretches to make room. Coming back from that takes time.',
  'care-caesarean-scar':
    'Scar tissue that sticks to the layers around it can add to lower back and pelvic pain and to core and pelvic floor trouble.',
  'care-caesarean-getting-up':
    'Sitting straight up from lying works like a crunch: it pulls on a stretched tummy wall and, after a caesarean, on the wound. Rolling to your side first spares both.',
  'care-caesarean-cough':
    'A cough or a laugh pushes out on the wound from inside. Gentle pressure from outside meets that push, so it hurts less.',
  'care-toilet':
    'Straining pushes down on a pelvic floor that is healing, and on any stitches. With your knees above your hips and a slow breath out, the bowel empties with less push.',
  'help-see-someone-now':
    'Most back pain after a birth is not dangerous. These signs are the exceptions: they can point to a nerve, a clot, an infection or high blood pressure, which need a doctor quickly.',
  'help-pelvic-floor-pt':
    'The routine check after a birth is about safe recovery; it rarely looks closely at the core and pelvic floor.',
  'help-worth-treating':
    'One article reports that severe pain in the first week after a birth makes long-lasting pain somewhat more likely: one more reason not to wait.',
  'help-getting-worse':
    'Better habits take strain off each day, but they do not rebuild weak or out-of-step muscles; the two work best together.',
  'help-epidural':
    'Pain that lasts months more likely comes from the changes of pregnancy and a weakened core, which can be worked on.',
  'help-pelvic-girdle':
    'Pelvic girdle pain is common in pregnancy and often eases after the birth, but not always. It responds well to treatment, and the earlier the better.',
  'help-low-mood':
    'More than one in ten birth parents has postnatal depression in the year after a birth, and partners can have it too. It is an illness, not a weakness, and treatment helps.',
} as const satisfies Partial<Record<TipId, string>>;

/** The tips that have a "why": each locale's file has exactly these. */
export type WhyId = keyof typeof WHY;
