import type { Tip, TipMoment } from './tip-model';

export function tipsFor(tips: readonly Tip[], moment: TipMoment): Tip[] {
  return tips.filter((tip) => (moment.kind === null ? tip.kinds === 'general' : tip.kinds !== 'general' && tip.kinds.includes(moment.kind)));
}

export function chooseTip(tips: readonly Tip[], moment: TipMoment): Tip {
  const candidates = tipsFor(tips, moment);
  const pool = candidates.length > 0 ? candidates : tips;
  const index = Math.min(pool.length - 1, Math.floor(moment.pick * pool.length));
  const tip = pool[index];
  if (!tip) throw new Error('chooseTip needs at least one tip');
  return tip;
}
