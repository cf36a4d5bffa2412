/**
 * Line drawings for the movement prompts. Every stroke is `currentColor`, so a drawing takes the text colour of
 * its container and follows the light and dark themes. The popup loads this module lazily.
 */
import type { JSX } from 'preact';
import type { IllustrationId } from '../../lib/tips/tip-model';
import { type MessageKey, t } from '../../shell/i18n';
import { BottleFeed, SideLyingFeed } from './feeding';
import { DeskSetup, GettingUp, Rest, RibStack, SitToStand, StandForCalls, Walk } from './everyday';
import { Carrier, CarSeatCarry, IntoCot, LoadClose, LungeDown, StrollerIntoCar, SwitchHips } from './lifting';
import { CatCow, ChairExtension, Hamstrings, OpenChest, RollDown, SeatedTwist, StandingReach } from './mobility';
import { ARROW, GUIDE, PROP, arrow, arrowHead } from './parts';

type Props = { id: IllustrationId };

/** What a sighted reader takes from the drawing, for its `aria-label`. */
export function illustrationAlt(id: IllustrationId): string {
  return t(ALT[id]);
}

export function Illustration({ id }: Props) {
  const Drawing = DRAWINGS[id];
  return (
    <svg
      class="illustration"
      role="img"
      aria-label={illustrationAlt(id)}
      viewBox="0 0 240 160"
      width="240"
      height="160"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <Drawing />
    </svg>
  );
}

function Check({ x, y }: { x: number; y: number }) {
  return <path d={`M${x - 8} ${y}l6 6l11 -12`} />;
}

function Cross({ x, y }: { x: number; y: number }) {
  return <path d={`M${x - 7} ${y - 7}l14 14M${x + 7} ${y - 7}l-14 14`} />;
}

/** Left: a rounded back bending over straight legs. Right: a hip hinge, hips back and back long. */
function HipHinge() {
  return (
    <g>
      <path {...PROP} d="M8 146H232" />
      <path {...PROP} stroke-dasharray="3 7" d="M120 14V136" />
      {/* Rounded bend: left unmarked, since bending this way is safe; the tick shows the easier way early on */}
      <path d="M44 146L46 119L49 92" />
      <path d="M49 92C54 58 90 56 94 88" />
      <circle cx="106" cy="100" r="9" />
      <path d="M93 90L91 128" />
      <rect {...PROP} x="80" y="129" width="26" height="17" rx="3" />
      {/* Hip hinge */}
      <Check x={140} y={24} />
      <path d="M174 146L182 122L158 106" />
      <path d="M158 106L198 84" />
      <circle cx="210" cy="78" r="9" />
      <path d="M196 86L198 127" />
      <path {...GUIDE} d="M152 96L208 65" />
      <rect {...PROP} x="186" y="129" width="26" height="17" rx="3" />
    </g>
  );
}

/** A parent sitting upright: cushion at the mid-back, feet on a stool, the baby raised on a pillow. */
function FeedingSetup() {
  return (
    <g>
      <path {...PROP} d="M8 148H232" />
      {/* Chair */}
      <path {...PROP} d="M66 30V112H132M70 112V148M128 112V148" />
      {/* Cushion at the mid-back */}
      <rect {...PROP} x="68" y="60" width="14" height="32" rx="7" />
      {/* Stool */}
      <rect {...PROP} x="152" y="122" width="40" height="26" rx="3" />
      {/* Parent */}
      <circle cx="92" cy="30" r="10" />
      <path d="M90 42L86 106" />
      <path d="M86 106L140 96L164 121H178" />
      {/* Pillows on the lap lift the baby to chest height; the forearm rests along them */}
      <rect {...PROP} x="94" y="76" width="50" height="20" rx="8" />
      <circle cx="102" cy="62" r="7.5" />
      <rect x="110" y="58" width="32" height="13" rx="6.5" />
      <path d="M89 50L96 75L134 74" />
    </g>
  );
}

/** Lying on the back, knees bent, hips lifted into a bridge. */
function GluteBridge() {
  return (
    <g>
      <path {...PROP} d="M8 134H232" />
      <circle cx="34" cy="123" r="10" />
      <path d="M50 126L112 100L160 80L168 132H184" />
      <path d="M54 128L102 131" />
      <path {...ARROW} d={arrow(112, 128, 112, 110)} />
    </g>
  );
}

/**
 * Side-lying, seen from above: knees bent in front, the bottom arm forward on the floor, the top arm opened
 * across to the other side, with the sweep it makes.
 */
function OpenBook() {
  return (
    <g>
      <rect {...PROP} x="16" y="66" width="32" height="28" rx="9" />
      <circle cx="36" cy="80" r="10" />
      <path d="M50 82H140" />
      <path d="M140 82L150 124H198" />
      {/* Bottom arm, forward on the floor */}
      <path d="M60 84L52 136" />
      {/* Where the top arm starts, and where it opens to */}
      <path {...PROP} stroke-dasharray="4 6" d="M64 84L76 134" />
      <path d="M62 80L58 28" />
      {/* The sweep from the front, up and over to the other side */}
      <path {...GUIDE} d="M85.5 126.1A50 50 0 0 0 74.9 33.7" />
      <path stroke-width="2.5" d={arrowHead(74.9, 33.7, Math.atan2(-0.259, -0.966))} />
    </g>
  );
}

/** A torso whose ribs widen to the sides, and the rib cage from above widening all the way round. */
function Breathing360() {
  return (
    <g>
      {/* Torso from the front */}
      <circle cx="80" cy="18" r="11" />
      <path d="M72 31V38C60 40 50 42 46 48C42 62 42 84 48 100C52 112 52 124 50 146" />
      <path d="M88 31V38C100 40 110 42 114 48C118 62 118 84 112 100C108 112 108 124 110 146" />
      <path {...PROP} d="M58 100Q80 74 102 100" />
      <path {...PROP} stroke-dasharray="4 6" d="M55 50C51 64 51 84 56 98M105 50C109 64 109 84 104 98" />
      <path {...ARROW} d={arrow(38, 74, 22, 74)} />
      <path {...ARROW} d={arrow(122, 74, 138, 74)} />
      {/* Rib cage from above: spine at the back (top), breastbone at the front (bottom) */}
      <ellipse cx="194" cy="80" rx="24" ry="18" />
      <ellipse {...PROP} stroke-dasharray="4 6" cx="194" cy="80" rx="16" ry="11" />
      <circle cx="194" cy="66" r="3" />
      <path {...ARROW} d={arrow(194, 56, 194, 40)} />
      <path {...ARROW} d={arrow(194, 104, 194, 120)} />
      <path {...ARROW} d={arrow(166, 80, 152, 80)} />
      <path {...ARROW} d={arrow(222, 80, 236, 80)} />
    </g>
  );
}

const DRAWINGS: Record<IllustrationId, () => JSX.Element> = {
  'hip-hinge': HipHinge,
  'feeding-setup': FeedingSetup,
  'glute-bridge': GluteBridge,
  'open-book': OpenBook,
  'breathing-360': Breathing360,
  'cat-cow': CatCow,
  'seated-twist': SeatedTwist,
  'chair-extension': ChairExtension,
  'standing-reach': StandingReach,
  'open-chest': OpenChest,
  'roll-down': RollDown,
  hamstrings: Hamstrings,
  'lunge-down': LungeDown,
  'car-seat-carry': CarSeatCarry,
  'load-close': LoadClose,
  'into-cot': IntoCot,
  carrier: Carrier,
  'switch-hips': SwitchHips,
  'stroller-into-car': StrollerIntoCar,
  'side-lying-feed': SideLyingFeed,
  'bottle-feed': BottleFeed,
  'sit-to-stand': SitToStand,
  'desk-setup': DeskSetup,
  walk: Walk,
  'stand-for-calls': StandForCalls,
  'rib-stack': RibStack,
  rest: Rest,
  'getting-up': GettingUp,
};

/** Every drawing's id, in the order above. */
export const ILLUSTRATION_IDS = Object.keys(DRAWINGS) as IllustrationId[];

/** Each drawing's text alternative: a locale message (lib/locales/en/illustrations.json) saying what the figure does. */
const ALT: Record<IllustrationId, MessageKey> = {
  'hip-hinge': 'illustrationHipHinge',
  'feeding-setup': 'illustrationFeedingSetup',
  'glute-bridge': 'illustrationGluteBridge',
  'open-book': 'illustrationOpenBook',
  'breathing-360': 'illustrationBreathing360',
  'cat-cow': 'illustrationCatCow',
  'seated-twist': 'illustrationSeatedTwist',
  'chair-extension': 'illustrationChairExtension',
  'standing-reach': 'illustrationStandingReach',
  'open-chest': 'illustrationOpenChest',
  'roll-down': 'illustrationRollDown',
  hamstrings: 'illustrationHamstrings',
  'lunge-down': 'illustrationLungeDown',
  'car-seat-carry': 'illustrationCarSeatCarry',
  'load-close': 'illustrationLoadClose',
  'into-cot': 'illustrationIntoCot',
  carrier: 'illustrationCarrier',
  'switch-hips': 'illustrationSwitchHips',
  'stroller-into-car': 'illustrationStrollerIntoCar',
  'side-lying-feed': 'illustrationSideLyingFeed',
  'bottle-feed': 'illustrationBottleFeed',
  'sit-to-stand': 'illustrationSitToStand',
  'desk-setup': 'illustrationDeskSetup',
  walk: 'illustrationWalk',
  'stand-for-calls': 'illustrationStandForCalls',
  'rib-stack': 'illustrationRibStack',
  rest: 'illustrationRest',
  'getting-up': 'illustrationGettingUp',
};
