/** Drawings for the mobility tips: the spine bending, arching and turning, each within an easy range. */
import { ARROW, Chair, Floor, GUIDE, PROP, arrow, curvedArrow } from './parts';

/** On hands and knees twice: the back rounded up (cat), then gently dipped with the head lifted (cow). */
export function CatCow() {
  return (
    <g>
      <Floor />
      {/* Cat */}
      <path d="M30 102C42 62 86 62 98 102M30 102L32 143H12M98 102L100 146" />
      <circle cx="108" cy="116" r="9" />
      <path {...ARROW} d={arrow(64, 60, 64, 42)} />
      {/* Cow */}
      <path d="M138 100C152 114 194 114 208 100M138 100L140 143H120M208 100L210 146" />
      <circle cx="219" cy="86" r="9" />
      <path {...ARROW} d={arrow(173, 84, 173, 100)} />
    </g>
  );
}

/** Seated, seen from the front, arms crossed on the chest; an arrow turns the ribs round while the hips stay. */
export function SeatedTwist() {
  return (
    <g>
      <path {...PROP} d="M84 104H156M90 104V146M150 104V146" />
      <circle cx="120" cy="32" r="10" />
      <path d="M120 44V100M104 54H136M104 54L102 74L134 62M136 54L138 74L106 62M108 100H132M108 100V146H100M132 100V146H140" />
      <path {...ARROW} d={curvedArrow(92, 80, 120, 104, 150, 80)} />
    </g>
  );
}

/** Seated, hands behind the head, the upper back leaning back over the top of the chair, chest lifted. */
export function ChairExtension() {
  return (
    <g>
      <Chair x={60} y={104} back={38} />
      <circle cx="50" cy="40" r="10" />
      <path d="M74 100C72 78 70 68 60 52M74 100H118L120 146H130M60 56L76 30L58 32" />
      <path {...ARROW} d={curvedArrow(108, 84, 112, 52, 92, 30)} />
    </g>
  );
}

/** Standing, seen from the front, fingers laced overhead, with the small lean to each side. */
export function StandingReach() {
  return (
    <g>
      <Floor />
      <circle cx="120" cy="44" r="10" />
      <path d="M120 56V100M106 62H134M106 62L110 34L120 14L130 34L134 62M120 100L110 146H102M120 100L130 146H138" />
      <path {...GUIDE} d="M96 20Q84 30 80 46" />
      <path {...GUIDE} d="M144 20Q156 30 160 46" />
      <path {...ARROW} d={arrow(82, 38, 80, 46)} />
      <path {...ARROW} d={arrow(158, 38, 160, 46)} />
    </g>
  );
}

/** Standing, hands clasped behind the back, the chest opening as the shoulder blades slide back and down. */
export function OpenChest() {
  return (
    <g>
      <Floor />
      <circle cx="116" cy="26" r="10" />
      <path d="M112 38Q122 62 110 88L108 146H118M110 46L94 66L88 86" />
      <circle cx="88" cy="89" r="4" />
      <path {...ARROW} d={curvedArrow(98, 34, 86, 40, 88, 56)} />
    </g>
  );
}

/** Seated, rolling down through the spine towards the knees, and back up: an easy rounding, no load. */
export function RollDown() {
  return (
    <g>
      <Chair x={50} y={104} />
      <circle cx="118" cy="92" r="9" />
      <path d="M66 100C60 62 100 50 112 78M66 100H112L114 146H124" />
      <path {...ARROW} d={curvedArrow(54, 62, 74, 22, 124, 52, true)} />
    </g>
  );
}

/** Seated at the front of the chair, one heel forward with the leg straight, tipping forward with a long back. */
export function Hamstrings() {
  return (
    <g>
      <Chair x={40} y={104} />
      <circle cx="122" cy="50" r="10" />
      <path d="M80 100L114 62M80 100H112L114 146H124M80 102L170 142L176 128M112 66L114 98" />
      <path {...GUIDE} d="M70 90L106 50" />
    </g>
  );
}
