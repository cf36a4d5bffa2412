/** Titles and bodies of the mobility tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'mobility'> = {
  'mob-cat-cow': {
    title: 'Gato-vaca',
    body: 'Em quatro apoios, ou na cadeira com as mãos nas coxas, solte o ar enquanto arredonda as costas para cima; depois inspire enquanto o peito vai para a frente e as costas arqueiam com suavidade. Mova-se devagar, numa amplitude confortável.',
    hasWhy: true,
  },
  'mob-open-book': {
    title: 'Rotação em livro aberto',
    body: 'Deite de lado, com os joelhos dobrados e os dois braços esticados à frente. Leve o braço de cima para o alto e para trás, deixando o peito se abrir e os olhos seguirem a mão, depois feche o livro. Cinco vezes de cada lado.',
    hasWhy: true,
  },
  'mob-seated-twist': {
    title: 'Rotação sentada',
    body: 'Sente-se com a coluna alongada e os braços cruzados sobre o peito. Solte o ar e gire as costelas para um lado enquanto o quadril fica parado, volte ao centro e depois gire para o outro lado.',
  },
  'mob-chair-extension': {
    title: 'Erga o peito',
    body: 'De pé, apoie as mãos no quadril ou na lombar. Inspire e erga o peito com suavidade em direção ao teto, deixando a parte de cima das costas arquear um pouco, e volte à posição inicial. Repita algumas vezes, numa amplitude confortável.',
    hasWhy: true,
  },
  'mob-standing-reach': {
    title: 'Braços para o alto',
    body: 'Fique de pé, entrelace os dedos, vire as palmas para o teto e estique-se bem para o alto. Leve o ar para as costelas dos lados e depois incline um pouco para cada lado.',
  },
  'mob-open-chest': {
    title: 'Abra o peito',
    body: 'De pé, entrelace as mãos atrás do corpo ou segure o batente de uma porta, e deixe o peito se abrir enquanto as escápulas deslizam para trás e para baixo. Fique assim por três respirações lentas.',
  },
  'mob-roll-down': {
    title: 'Pode arredondar a coluna',
    body: 'Na cadeira, deixe o queixo cair e enrole a coluna em direção aos joelhos, depois desenrole devagar. Arredondar a coluna com suavidade, sem carga, é um movimento saudável.',
    hasWhy: true,
  },
  'mob-hamstrings': {
    title: 'Parte de trás das coxas',
    body: 'Sente-se perto da beirada da cadeira, leve um calcanhar à frente com essa perna esticada e incline-se a partir do quadril, com a coluna alongada, até sentir um leve alongamento. Fique por algumas respirações e troque de perna.',
    hasWhy: true,
  },
  'mob-not-stretching': {
    title: 'Mobilidade não é alongamento',
    body: 'Um alongamento alivia um ponto tenso por um tempo. O trabalho de mobilidade leva a coluna a dobrar para a frente, arquear para trás e girar, para que ela reaprenda cada movimento.',
    hasWhy: true,
  },
  'mob-gentle-stretch': {
    title: 'Alongamentos suaves',
    body: 'Alongue só até onde for confortável. Um alongamento nunca deve doer, e você deve se sentir melhor depois, não pior.',
    hasWhy: true,
  },
};
