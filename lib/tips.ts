/**
 * The tip library: postpartum back-care guidance as typed data, in our own words. The facts come from the five
 * seed articles (see /work/shared/seeds/); each tip names its article in `source`.
 */
import type { Tip } from './tip-model';

export const SOURCES = [
  'How I know Your Postpartum Back Pain is a CORE Problem',
  "What's Really Causing Your Postpartum Back Pain... And How to Get Relief",
  'Postpartum Back Pain: The Unexpected Answers',
  '5 physical therapy exercises for postpartum back pain',
  'Why Do Moms Often Have Back Pain?',
] as const;

export const TIPS: readonly Tip[] = [
  {
    id: 'feed-pillow-mid-back',
    group: 'feeding',
    title: 'Support your mid-back',
    body: 'Before the feed, tuck a pillow behind your mid-back so the chair holds you up, not your muscles.',
    cue: 'Pillow behind your mid-back before this feed.',
    kinds: ['feeding'],
    source: SOURCES[3],
    illustration: 'feeding-setup',
  },
  {
    id: 'lift-hip-hinge',
    group: 'lifting',
    title: 'Hinge at the hips',
    body: 'To reach down, push your hips back and keep your back long, letting your knees soften.',
    cue: 'Practise a hip hinge: hips back, back long, five slow reps.',
    kinds: ['movement'],
    source: SOURCES[1],
    illustration: 'hip-hinge',
  },
  {
    id: 'breath-360',
    group: 'breathing',
    title: '360° breathing',
    body: 'Breathe in and let your ribs widen to the front, sides and back. Breathe out slowly and feel them settle.',
    cue: 'Five slow breaths: let your ribs widen all the way round.',
    kinds: 'general',
    source: SOURCES[0],
    illustration: 'breathing-360',
  },
  {
    id: 'after-feed-stand',
    group: 'mobility',
    title: 'Stand and open up',
    body: 'After the feed, stand, roll your shoulders back and open your chest for a few breaths.',
    cue: 'Feed done? Stand up and open your chest for three breaths.',
    kinds: ['after-feed'],
    source: SOURCES[2],
  },
  {
    id: 'checkin-shoulders',
    group: 'feeding',
    title: 'Shoulders down',
    body: 'Let your shoulders drop away from your ears and bring the baby up to you.',
    cue: 'Shoulders down, baby up to you.',
    kinds: ['checkin'],
    source: SOURCES[3],
  },
];

const BY_ID = new Map(TIPS.map((tip) => [tip.id, tip]));

export function tipById(id: string): Tip | undefined {
  return BY_ID.get(id);
}

/** Rotating posture-checklist cues for the check-ins during a feed; each fits a notification body. */
export const CHECKIN_CUES: readonly string[] = [
  'Is your mid-back resting on the chair or a pillow?',
  'Feet up on a stool or a low box?',
  'Bring the baby up to you rather than leaning down.',
  'Let your shoulders drop away from your ears.',
  'Chin level, eyes soft: look up from the baby now and then.',
  'Time to switch sides, or move the baby to the other hip?',
  'Is there water within reach? Have a sip.',
];
