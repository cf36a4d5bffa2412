/**
 * The tips that go with reminders (each has a notification cue), part of the library in tip-index.ts. Kept
 * in a module of their own because the background chooses only among these: it carries none of the general
 * tips, which only the popup shows.
 */
import type { TipMeta } from './tip-model';

export const REMINDER_TIPS = [
  // feeding
  { id: 'feed-pillow-mid-back', group: 'feeding', kinds: ['feeding', 'checkin'], illustration: 'feeding-setup' },
  { id: 'feed-feet-raised', group: 'feeding', kinds: ['feeding', 'checkin'], illustration: 'feeding-setup' },
  { id: 'feed-baby-up', group: 'feeding', kinds: ['feeding', 'checkin'], illustration: 'feeding-setup' },
  { id: 'feed-tummy-to-tummy', group: 'feeding', kinds: ['feeding'] },
  { id: 'feed-side-lying', group: 'feeding', kinds: ['feeding'] },
  { id: 'feed-bottle', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-shoulders-down', group: 'feeding', kinds: ['checkin', 'feeding'] },
  { id: 'feed-chin-level', group: 'feeding', kinds: ['checkin'] },
  { id: 'feed-water', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-legs-uncrossed', group: 'feeding', kinds: ['checkin', 'feeding'] },
  { id: 'feed-switch-arms', group: 'feeding', kinds: ['checkin'] },
  // desk
  { id: 'feed-at-desk', group: 'desk', kinds: ['feeding'], illustration: 'feeding-setup' },
  { id: 'desk-chair', group: 'desk', kinds: ['movement'] },
  { id: 'desk-two-minute-walk', group: 'desk', kinds: ['movement', 'after-feed'] },
  { id: 'desk-reset', group: 'desk', kinds: ['movement'] },
  { id: 'desk-stand-for-calls', group: 'desk', kinds: ['movement'] },
  // lifting
  { id: 'lift-hip-hinge', group: 'lifting', kinds: ['movement', 'feeding'], illustration: 'hip-hinge' },
  { id: 'lift-lunge-down', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-load-close', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-exhale', group: 'lifting', kinds: ['feeding', 'movement', 'after-feed'] },
  { id: 'lift-switch-hips', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-car-seat', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-stroller', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-into-cot', group: 'lifting', kinds: ['after-feed', 'feeding'] },
  { id: 'lift-carrier', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-one-breath', group: 'lifting', kinds: ['feeding'] },
  // breathing
  { id: 'breath-360', group: 'breathing', kinds: ['movement', 'checkin'], illustration: 'breathing-360' },
  { id: 'breath-exhale-lift', group: 'breathing', kinds: ['movement', 'checkin'] },
  { id: 'breath-rib-stack', group: 'breathing', kinds: ['movement', 'checkin'] },
  { id: 'breath-feed-breaths', group: 'breathing', kinds: ['checkin'], illustration: 'breathing-360' },
  // mobility
  { id: 'mob-cat-cow', group: 'mobility', kinds: ['movement'] },
  { id: 'mob-open-book', group: 'mobility', kinds: ['movement'], illustration: 'open-book' },
  { id: 'mob-seated-twist', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-chair-extension', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-standing-reach', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-open-chest', group: 'mobility', kinds: ['after-feed', 'movement'] },
  { id: 'mob-roll-down', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-hamstrings', group: 'mobility', kinds: ['movement'] },
  // strength
  { id: 'str-glute-bridge', group: 'strength', kinds: ['movement'], illustration: 'glute-bridge' },
  { id: 'str-sit-to-stand', group: 'strength', kinds: ['movement', 'after-feed'] },
  { id: 'str-heavier-than-child', group: 'strength', kinds: ['movement'], stages: ['rebuilding', 'later'] },
  // self-care
  { id: 'care-short-walk', group: 'self-care', kinds: ['after-feed', 'movement'] },
  { id: 'care-caesarean-getting-up', group: 'self-care', kinds: ['after-feed', 'movement'], caesareanOnly: true },
] as const satisfies readonly TipMeta[];
