/**
 * The pen every drawing shares: the person is drawn with the svg's own stroke (3 wide, round caps and joins);
 * everything else is lighter, so the eye finds the body first.
 */

/** Furniture, pillows and the floor: lighter than the person. */
export const PROP = { 'stroke-opacity': 0.5, 'stroke-width': 2.5 } as const;
/** Guide lines and paths of movement. */
export const GUIDE = { 'stroke-width': 2.5, 'stroke-dasharray': '5 6' } as const;
/** Arrows showing a direction. */
export const ARROW = { 'stroke-width': 2.5 } as const;

/** An open arrowhead at (x, y) pointing along `angle` (radians, screen coordinates). */
export function arrowHead(x: number, y: number, angle: number, size = 7): string {
  const wing = (side: number) => {
    const a = angle + Math.PI + side * 0.5;
    return `${(x + size * Math.cos(a)).toFixed(1)} ${(y + size * Math.sin(a)).toFixed(1)}`;
  };
  return `M${wing(1)}L${x} ${y}L${wing(-1)}`;
}

/** A straight arrow from (x1, y1) to (x2, y2). */
export function arrow(x1: number, y1: number, x2: number, y2: number): string {
  return `M${x1} ${y1}L${x2} ${y2}${arrowHead(x2, y2, Math.atan2(y2 - y1, x2 - x1))}`;
}

/**
 * A curved arrow from (x1, y1) bending towards (cx, cy) and ending at (x2, y2), its head along the curve;
 * `both` puts a head at the start too (there and back).
 */
export function curvedArrow(x1: number, y1: number, cx: number, cy: number, x2: number, y2: number, both = false): string {
  const start = both ? arrowHead(x1, y1, Math.atan2(y1 - cy, x1 - cx)) : '';
  return `M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}${arrowHead(x2, y2, Math.atan2(y2 - cy, x2 - cx))}${start}`;
}

/** The floor, the same line in every drawing. */
export function Floor({ y = 146 }: { y?: number }) {
  return <path {...PROP} d={`M8 ${y}H232`} />;
}

/** A chair seen from the side, facing right: back at x, seat at height y, `depth` deep. */
export function Chair({ x, y, depth = 50, back = 56 }: { x: number; y: number; depth?: number; back?: number }) {
  return <path {...PROP} d={`M${x} ${y - back}V${y}H${x + depth}M${x + 4} ${y}V146M${x + depth - 4} ${y}V146`} />;
}

/** A swaddled baby: the head at (x, y), the body along `angle` degrees (0 = to the right). */
export function Baby({ x, y, angle = 0 }: { x: number; y: number; angle?: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${angle})`}>
      <circle r="7" />
      <rect x="9" y="-6.5" width="28" height="13" rx="6.5" />
    </g>
  );
}
