/** Titles and bodies of the lifting tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'lifting'> = {
  'lift-hip-hinge': {
    title: 'Hinge at the hips',
    body: 'To reach something low, send your hips back as if closing a drawer behind you, soften your knees and keep your back long from head to tailbone. Your hips and legs then share the work with your back.',
    hasWhy: true,
  },
  'lift-lunge-down': {
    title: 'Lunge down to the floor',
    body: 'To pick the baby up from the floor or play mat, step one foot forward and lower into a half-kneel with your back tall. Gather the baby to your chest, then push through your front foot to stand.',
    hasWhy: true,
  },
  'lift-load-close': {
    title: 'Bring the load close',
    body: 'Before you stand up with the baby, a basket or a bag, draw it in against your chest. The further a load is from your body, the harder your back has to work to hold it.',
  },
  'lift-exhale': {
    title: 'Breathe out as you lift',
    body: 'Breathe in to get ready, then breathe out as you lift, gently drawing your pelvic floor up. Holding your breath pushes pressure down and out instead of letting your core help.',
    hasWhy: true,
  },
  'lift-switch-hips': {
    title: 'Switch hips',
    body: 'If you carry the baby on one hip, move them to the other one often. Stand tall over both feet rather than pushing one hip out to the side to make a shelf.',
    hasWhy: true,
  },
  'lift-car-seat': {
    title: 'The car seat carry',
    body: 'An infant car seat is heavy and awkward. Carry it close in front of you, in both hands or the crook of one arm, not out at your side, and clip it onto the stroller frame when you can.',
    hasWhy: true,
  },
  'lift-stroller': {
    title: 'Stroller into the car',
    body: 'A stroller is a big load at an awkward angle. Fold it, stand close with your feet apart, hinge at the hips and lift it in two steps: onto the edge of the boot, then in.',
    hasWhy: true,
  },
  'lift-weekly-shop': {
    title: 'The weekly shop',
    body: 'Pack more bags with less in each, and lift them into the car one at a time, close to your body. Let a delivery service or a friend take the heaviest things.',
    hasWhy: true,
  },
  'lift-into-cot': {
    title: 'Lowering the baby into the cot',
    body: 'Stand close to the cot, hold the baby against your chest and hinge at the hips as you lower them, breathing out. Come back up the same way, leading with your hips.',
  },
  'lift-carrier': {
    title: 'A snug carrier',
    body: 'Tighten the straps so the baby sits high and close against your chest; a low, loose carrier pulls you forward. On long days, take breaks from it.',
    hasWhy: true,
  },
  'lift-one-breath': {
    title: 'One breath before you lift',
    body: 'When the baby cries, the urge is to scoop them up at once. Take one breath to place your feet and come close first: it costs a second and spares your back.',
  },
  'lift-for-you': {
    title: 'Ask someone to lift this for now',
    body: 'In the first weeks after a birth, and longer after a caesarean, lift nothing heavier than your baby. Ask someone to carry the car seat, the stroller and the shopping for now.',
    hasWhy: true,
  },
  'lift-nappy-height': {
    title: 'Change nappies at waist height',
    body: 'Change the baby on a surface at about waist height, or kneel by a mat on the floor, rather than stooping over a bed. Keep one hand on the baby whenever they are up high.',
    hasWhy: true,
  },
};
