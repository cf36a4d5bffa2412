/** Titles and bodies of the pelvic-floor programme, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'pelvic-floor'> = {
  'pf-slow-holds': {
    title: 'Assoalho pélvico: contrações lentas',
    body: 'Contraia e eleve a musculatura em volta do ânus e da parte da frente, como se segurasse um pum e o xixi, sem parar de respirar. Segure por até dez segundos, depois solte por completo e descanse o mesmo tempo. Vá aumentando até chegar a dez.',
    hasWhy: true,
  },
  'pf-quick-squeezes': {
    title: 'Assoalho pélvico: contrações rápidas',
    body: 'Depois das contrações lentas, faça as rápidas: contraia e eleve com força por um segundo, depois solte por completo. Até dez seguidas. Soltar totalmente a cada vez é metade do exercício.',
    hasWhy: true,
  },
  'pf-every-day': {
    title: 'Três vezes por dia, por três meses',
    body: 'Os exercícios do assoalho pélvico funcionam quando viram hábito: uma série de contrações lentas e rápidas três vezes por dia, por cerca de três meses. Se for difícil na posição sentada, comece na posição deitada, e associe os exercícios a algo que você faz todo dia, como uma mamada.',
    hasWhy: true,
  },
  'pf-before-a-cough': {
    title: 'Contraia antes de espirrar',
    body: 'Sentiu que vem uma tosse, um espirro ou uma risada? Contraia e eleve o assoalho pélvico um instante antes e segure até passar. Experimente também antes de levantar o bebê.',
    hasWhy: true,
  },
};
