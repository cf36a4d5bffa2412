/** Drawings for the lifting tips: loads close to the body, the legs and hips doing the work. */
import { ARROW, Baby, Floor, GUIDE, PROP, arrow, curvedArrow } from './parts';

/** Half-kneeling with the back tall, the baby gathered to the chest, about to push up through the front foot. */
export function LungeDown() {
  return (
    <g>
      <Floor />
      <circle cx="80" cy="38" r="10" />
      <path d="M76 50L74 100L70 143H46M74 100L114 98L116 146H126M78 56L88 82L100 74" />
      <Baby x={96} y={56} angle={96} />
      <path {...ARROW} d={arrow(150, 124, 150, 84)} />
      <path {...PROP} d="M132 142H200" />
    </g>
  );
}

/** Standing with an infant car seat carried in front, close to the body, both hands on the handle. */
export function CarSeatCarry() {
  return (
    <g>
      <Floor />
      <circle cx="88" cy="26" r="10" />
      <path d="M86 38V88L82 146H92M86 88L94 146H104M88 44L98 68L121 68" />
      <path d="M98 72Q98 114 130 114H152Q158 110 154 102Q122 100 106 74Z" />
      <path {...PROP} d="M104 88Q116 44 150 100" />
      <circle cx="118" cy="96" r="6" />
    </g>
  );
}

/** Standing, a basket drawn in against the chest; an arrow brings it from arm's length to the body. */
export function LoadClose() {
  return (
    <g>
      <Floor />
      <circle cx="92" cy="26" r="10" />
      <path d="M90 38V88L88 146H98M92 44L100 68L116 66" />
      <rect x="96" y="56" width="34" height="26" rx="4" />
      <rect {...GUIDE} x="176" y="56" width="34" height="26" rx="4" />
      <path {...ARROW} d={arrow(170, 69, 140, 69)} />
    </g>
  );
}

/** Beside a cot, hinging at the hips with a long back, lowering the baby held against the chest. */
export function IntoCot() {
  return (
    <g>
      <Floor />
      <path {...PROP} d="M132 96H222M132 96V146M222 96V146M132 128H222M150 96V128M168 96V128M186 96V128M204 96V128" />
      <circle cx="122" cy="56" r="10" />
      <path d="M68 90L110 62M68 90L88 118L84 146H96M108 66L116 86L134 86" />
      <Baby x={132} y={78} />
      <path {...ARROW} d={arrow(190, 52, 190, 80)} />
    </g>
  );
}

/** Standing with the baby high and snug against the chest in a carrier, head just under the chin. */
export function Carrier() {
  return (
    <g>
      <Floor />
      <circle cx="98" cy="26" r="10" />
      <path d="M96 38V88L94 146H104" />
      <Baby x={110} y={46} angle={92} />
      <path {...PROP} d="M100 54Q128 54 126 76Q124 94 100 92M102 54L92 40" />
      <path d="M98 46L100 72L116 86" />
    </g>
  );
}

/** Standing tall, seen from the front, the baby on one hip; a curved arrow moves them to the other hip. */
export function SwitchHips() {
  return (
    <g>
      <Floor />
      <circle cx="120" cy="30" r="10" />
      <path d="M120 42V96M106 50H134M110 96H130M112 96L110 146H102M128 96L130 146H138M134 50L140 96M106 50L98 76L110 92" />
      <Baby x={94} y={62} angle={80} />
      <path {...ARROW} d={curvedArrow(96, 116, 120, 134, 146, 112, true)} />
    </g>
  );
}

/**
 * Lifting a folded stroller into the car boot in two steps: standing close, hinged at the hips, the stroller
 * resting on the edge of the boot before it slides in.
 */
export function StrollerIntoCar() {
  return (
    <g>
      <Floor />
      <path {...PROP} d="M150 98H232M150 98V126H232M176 98L184 46H232" />
      <circle {...PROP} cx="206" cy="134" r="12" />
      <circle cx="126" cy="58" r="10" />
      <path d="M76 92L116 66M76 92L94 118L90 146H102M114 70L120 88L134 92" />
      <rect x="130" y="83" width="52" height="14" rx="7" transform="rotate(-8 156 90)" />
      <circle cx="136" cy="104" r="5" />
      <path {...ARROW} d={arrow(190, 70, 216, 70)} />
    </g>
  );
}
