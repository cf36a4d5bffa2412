import { describe, expect, it } from 'vitest';
import { leadFor, type LeadKind, type MainAction } from '../../lib/popup/lead';
import type { ReminderKind } from '../../lib/vocabulary';

type Row = [ReminderKind | null, boolean, boolean, boolean, LeadKind, MainAction, boolean, ReminderKind | null];

describe('leadFor', () => {
  // Every combination of waiting reminder × running feed × running pause × open drill.
  const table: Row[] = [
    // waiting,     feed,  pause, drill → lead,      main action,   check-in, quiet reminder below
    [null        , false, false, false, 'idle'    , 'breathe'   , false, null],
    ['movement'  , false, false, false, 'reminder', 'done'      , false, null],
    ['feeding'   , false, false, false, 'reminder', 'done'      , false, null],
    ['checkin'   , false, false, false, 'reminder', 'done'      , false, null],
    ['after-feed', false, false, false, 'reminder', 'done'      , false, null],
    [null        , false, true , false, 'paused'  , 'resume'    , false, null],
    ['movement'  , false, true , false, 'reminder', 'done'      , false, null],
    ['feeding'   , false, true , false, 'reminder', 'done'      , false, null],
    ['checkin'   , false, true , false, 'reminder', 'done'      , false, null],
    ['after-feed', false, true , false, 'reminder', 'done'      , false, null],
    [null        , true , false, false, 'feed'    , 'end-feed'  , false, null],
    ['movement'  , true , false, false, 'feed'    , 'end-feed'  , false, 'movement'],
    ['feeding'   , true , false, false, 'feed'    , 'end-feed'  , false, 'feeding'],
    ['checkin'   , true , false, false, 'feed'    , 'end-feed'  , true , null],
    ['after-feed', true , false, false, 'feed'    , 'end-feed'  , false, 'after-feed'],
    [null        , true , true , false, 'feed'    , 'end-feed'  , false, null],
    ['movement'  , true , true , false, 'feed'    , 'end-feed'  , false, 'movement'],
    ['feeding'   , true , true , false, 'feed'    , 'end-feed'  , false, 'feeding'],
    ['checkin'   , true , true , false, 'feed'    , 'end-feed'  , true , null],
    ['after-feed', true , true , false, 'feed'    , 'end-feed'  , false, 'after-feed'],
    [null        , false, false, true , 'drill'   , 'stop-drill', false, null],
    ['movement'  , false, false, true , 'drill'   , 'stop-drill', false, null],
    ['feeding'   , false, false, true , 'drill'   , 'stop-drill', false, null],
    ['checkin'   , false, false, true , 'drill'   , 'stop-drill', false, null],
    ['after-feed', false, false, true , 'drill'   , 'stop-drill', false, null],
    [null        , false, true , true , 'drill'   , 'stop-drill', false, null],
    ['movement'  , false, true , true , 'drill'   , 'stop-drill', false, null],
    ['feeding'   , false, true , true , 'drill'   , 'stop-drill', false, null],
    ['checkin'   , false, true , true , 'drill'   , 'stop-drill', false, null],
    ['after-feed', false, true , true , 'drill'   , 'stop-drill', false, null],
    [null        , true , false, true , 'drill'   , 'stop-drill', false, null],
    ['movement'  , true , false, true , 'drill'   , 'stop-drill', false, null],
    ['feeding'   , true , false, true , 'drill'   , 'stop-drill', false, null],
    ['checkin'   , true , false, true , 'drill'   , 'stop-drill', false, null],
    ['after-feed', true , false, true , 'drill'   , 'stop-drill', false, null],
    [null        , true , true , true , 'drill'   , 'stop-drill', false, null],
    ['movement'  , true , true , true , 'drill'   , 'stop-drill', false, null],
    ['feeding'   , true , true , true , 'drill'   , 'stop-drill', false, null],
    ['checkin'   , true , true , true , 'drill'   , 'stop-drill', false, null],
    ['after-feed', true , true , true , 'drill'   , 'stop-drill', false, null],
  ];

  it('covers every combination once', () => {
    expect(new Set(table.map((row) => row.slice(0, 4).join())).size).toBe(5 * 2 * 2 * 2);
  });

  it.each(table)('waiting %s, feeding %s, paused %s, drill %s → %s leads with %s', (waiting, feeding, paused, drill, kind, main, checkIn, quietReminder) => {
    expect(leadFor({ waiting, feeding, paused, drill })).toEqual({ kind, main, checkIn, quietReminder });
  });
});
