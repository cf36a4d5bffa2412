/**
 * Runs `work` once the next frame has been painted: a task queued from that frame's animation callback, so it
 * runs after the frame's style, layout and paint. For what a page wants soon but not before its first paint
 * (a module to have ready, a note for next time).
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
