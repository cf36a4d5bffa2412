/** Drawings for the everyday moves: getting up, walking, standing, sitting at a desk and resting. */
import { ARROW, Chair, Floor, GUIDE, PROP, arrow, curvedArrow } from './parts';

/** Rising from a chair without the hands: leaning forward from the hips, hips just off the seat. */
export function SitToStand() {
  return (
    <g>
      <Chair x={40} y={104} />
      <circle cx="122" cy="42" r="10" />
      <path d="M86 94L114 56M86 94L118 108L120 146H130M112 60L146 72" />
      <path {...ARROW} d={arrow(160, 124, 160, 84)} />
    </g>
  );
}

/**
 * Sitting at a desk: a cushion at the mid-back, feet on a footrest, elbows by the sides at the keyboard and the
 * top of the screen at eye height.
 */
export function DeskSetup() {
  return (
    <g>
      <Floor />
      <Chair x={30} y={100} />
      <rect {...PROP} x="33" y="58" width="12" height="26" rx="6" />
      <rect {...PROP} x="92" y="132" width="32" height="14" rx="3" />
      <path {...PROP} d="M86 82H226M218 82V146M175 60V82M162 24H190V60H162ZM88 79H116" />
      <circle cx="56" cy="34" r="10" />
      <path d="M54 46L52 96H98L100 132H112M54 52L58 78H90" />
      <path {...GUIDE} d="M70 30H154" />
    </g>
  );
}

/** Walking with arms swinging, a tree ahead. */
export function Walk() {
  return (
    <g>
      <Floor />
      <path {...PROP} d="M204 146V114" />
      <circle {...PROP} cx="204" cy="96" r="18" />
      <circle cx="122" cy="26" r="10" />
      <path d="M120 38L116 86L128 114L136 144H146M116 86L104 114L88 140M118 46L128 68L140 74M118 46L108 68L98 80" />
    </g>
  );
}

/** Standing for a call, phone to the ear, weight on both feet, a laptop on a high table. */
export function StandForCalls() {
  return (
    <g>
      <Floor />
      <path {...PROP} d="M130 82H214M204 82V146M140 80H172L180 54" />
      <circle cx="92" cy="26" r="10" />
      <path d="M90 38V88L84 146H94M90 88L98 146H108M92 44L108 58L102 34" />
      <rect x="98" y="20" width="7" height="16" rx="2" />
    </g>
  );
}

/** Standing from the side: the rib cage stacked straight over the pelvis on one line. */
export function RibStack() {
  return (
    <g>
      <Floor />
      <circle cx="112" cy="22" r="10" />
      <ellipse cx="110" cy="56" rx="14" ry="18" fill="currentColor" fill-opacity="0.12" />
      <path d="M96 84H124L118 98H102Z" fill="currentColor" fill-opacity="0.12" />
      <path d="M110 32V38M110 98L108 146H118" />
      <path {...GUIDE} d="M110 44V116" />
    </g>
  );
}

/** Lying on the back, head on a pillow and calves up on a cushion: rest is recovery. */
export function Rest() {
  return (
    <g>
      <Floor />
      <rect {...PROP} x="14" y="124" width="34" height="14" rx="7" />
      <rect {...PROP} x="148" y="100" width="60" height="46" rx="6" />
      <circle cx="36" cy="114" r="10" />
      <path d="M48 122L122 130L150 98H200" />
    </g>
  );
}

/**
 * Getting out of bed after lying on the side: the legs lowering over the edge as the arms push the body up,
 * moving in one piece.
 */
export function GettingUp() {
  return (
    <g>
      <path {...PROP} d="M16 100H150V146M20 100V146M150 124H16" />
      <circle cx="66" cy="56" r="10" />
      <path d="M120 96L76 66M120 96H148L154 140H164M80 68L96 98" />
      <path {...ARROW} d={curvedArrow(40, 84, 34, 56, 50, 38)} />
    </g>
  );
}
