/**
 * The tips that go with reminders (each has a notification cue), part of the library in tip-index.ts. Kept
 * in a module of their own because the background chooses only among these: it carries none of the general
 * tips, which only the popup shows.
 */
import { ANYONE, GAVE_BIRTH, GAVE_BIRTH_FIRST_WEEKS, HEAVY_LIFT, LOADED_STRENGTH } from './tip-audience';
import type { TipMeta } from './tip-model';

export const REMINDER_TIPS = [
  // feeding
  { id: 'feed-pillow-mid-back', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-feet-raised', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-baby-up', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-tummy-to-tummy', group: 'feeding', kinds: ['feeding'], audience: ANYONE },
  { id: 'feed-side-lying', group: 'feeding', kinds: ['feeding'], audience: ANYONE },
  { id: 'feed-bottle', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-shoulders-down', group: 'feeding', kinds: ['checkin', 'feeding'], audience: ANYONE },
  { id: 'feed-chin-level', group: 'feeding', kinds: ['checkin'], audience: ANYONE },
  { id: 'feed-water', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-legs-uncrossed', group: 'feeding', kinds: ['checkin', 'feeding'], audience: ANYONE },
  { id: 'feed-switch-arms', group: 'feeding', kinds: ['checkin'], audience: ANYONE },
  // desk
  { id: 'feed-at-desk', group: 'desk', kinds: ['feeding'], audience: ANYONE },
  { id: 'desk-chair', group: 'desk', kinds: ['movement'], audience: ANYONE },
  { id: 'desk-two-minute-walk', group: 'desk', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'desk-reset', group: 'desk', kinds: ['movement'], audience: ANYONE },
  { id: 'desk-stand-for-calls', group: 'desk', kinds: ['movement'], audience: ANYONE },
  // lifting
  { id: 'lift-hip-hinge', group: 'lifting', kinds: ['movement', 'feeding'], audience: ANYONE },
  { id: 'lift-lunge-down', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-load-close', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-exhale', group: 'lifting', kinds: ['feeding', 'movement', 'after-feed'], audience: ANYONE },
  { id: 'lift-switch-hips', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-car-seat', group: 'lifting', kinds: ['feeding'], audience: HEAVY_LIFT },
  { id: 'lift-stroller', group: 'lifting', kinds: ['feeding'], audience: HEAVY_LIFT },
  { id: 'lift-into-cot', group: 'lifting', kinds: ['after-feed', 'feeding'], audience: ANYONE },
  { id: 'lift-carrier', group: 'lifting', kinds: ['feeding'], audience: ANYONE },
  { id: 'lift-one-breath', group: 'lifting', kinds: ['feeding'], audience: ANYONE },
  // breathing
  { id: 'breath-360', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-exhale-lift', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-rib-stack', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-feed-breaths', group: 'breathing', kinds: ['checkin'], audience: ANYONE },
  // pelvic floor
  { id: 'pf-slow-holds', group: 'pelvic-floor', kinds: ['movement', 'checkin'], audience: GAVE_BIRTH },
  // mobility
  { id: 'mob-cat-cow', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  { id: 'mob-open-book', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  { id: 'mob-seated-twist', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-chair-extension', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-standing-reach', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-open-chest', group: 'mobility', kinds: ['after-feed', 'movement'], audience: ANYONE },
  { id: 'mob-roll-down', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-hamstrings', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  // strength
  { id: 'str-glute-bridge', group: 'strength', kinds: ['movement'], audience: ANYONE },
  { id: 'str-sit-to-stand', group: 'strength', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'str-heavier-than-child', group: 'strength', kinds: ['movement'], audience: LOADED_STRENGTH },
  // self-care
  { id: 'care-short-walk', group: 'self-care', kinds: ['after-feed', 'movement'], audience: ANYONE },
  { id: 'care-caesarean-getting-up', group: 'self-care', kinds: ['after-feed', 'movement'], audience: GAVE_BIRTH_FIRST_WEEKS },
] as const satisfies readonly TipMeta[];
