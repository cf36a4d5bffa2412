/**
 * Keeps settings writes inside `storage.sync`'s quotas (120 writes a minute, 1,800 an hour; a write over a
 * limit is rejected). The limits here leave room for another open page or the popup writing too.
 */
export interface WriteLimit {
  windowMs: number;
  max: number;
}

export const SYNC_WRITE_LIMITS: readonly WriteLimit[] = [
  { windowMs: 60_000, max: 60 },
  { windowMs: 60 * 60_000, max: 1_200 },
];

/**
 * How long to wait before the next write so no window holds more than its `max` (ms; 0 = now).
 * `writeTimes` are the epoch ms of earlier writes, oldest first.
 */
export function delayBeforeWrite(writeTimes: readonly number[], now: number, limits = SYNC_WRITE_LIMITS): number {
  let delay = 0;
  for (const { windowMs, max } of limits) {
    const recent = writeTimes.filter((at) => at > now - windowMs);
    if (recent.length < max) continue;
    // Wait until enough of the window's writes have aged out to leave room for one more.
    const oldestToExpire = recent[recent.length - max]!;
    delay = Math.max(delay, oldestToExpire + windowMs - now);
  }
  return delay;
}

/** Drops write times no window can still count. */
export function pruneWriteTimes(writeTimes: readonly number[], now: number, limits = SYNC_WRITE_LIMITS): number[] {
  const longest = Math.max(...limits.map((l) => l.windowMs));
  return writeTimes.filter((at) => at > now - longest);
}
