/** Titles and bodies of the breathing tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'breathing'> = {
  'breath-360': {
    title: 'Respiração 360°',
    body: 'Apoie as mãos nas costelas de baixo. Inspire pelo nariz e deixe a barriga relaxar enquanto as costelas se abrem para os lados e para trás, e não só para a frente. Solte o ar devagar e sinta as costelas voltarem.',
    hasWhy: true,
  },
  'breath-exhale-lift': {
    title: 'Solte o ar e eleve',
    body: 'Ao soltar o ar, eleve o assoalho pélvico com suavidade, como se estivesse segurando um pum, e sinta o pé da barriga se recolher. Ao inspirar, deixe tudo relaxar. Repita cinco vezes.',
    hasWhy: true,
  },
  'breath-rib-stack': {
    title: 'Costelas sobre a pelve',
    body: 'Sente-se ou fique de pé de modo que a caixa torácica fique bem em cima da pelve, sem abrir para cima e para a frente nem afundar. Nesse alinhamento, o diafragma e o assoalho pélvico ficam de frente um para o outro e trabalham em dupla.',
    hasWhy: true,
  },
  'breath-feed-breaths': {
    title: 'Respirar durante a mamada',
    body: 'Enquanto o bebê mama, faça três respirações lentas levando o ar às costelas de baixo e sinta que elas se abrem contra o encosto da cadeira. É um jeito tranquilo de treinar a respiração do core sem se levantar.',
  },
  'breath-crunches-wait': {
    title: 'Por que os abdominais podem esperar',
    body: 'Os abdominais tradicionais, como o supra e o completo, empurram para fora a parede da barriga, que está esticada, e empurram o assoalho pélvico para baixo. Primeiro vêm a respiração, o trabalho do assoalho pélvico e os músculos mais profundos da barriga; o resto pode vir depois.',
    hasWhy: true,
  },
  'breath-cylinder': {
    title: 'Seu core é um time de quatro',
    body: 'Quatro grupos musculares mantêm o tronco firme, juntos: o músculo da respiração sob as costelas, a parede profunda da barriga que envolve você, os músculos ao longo da coluna e o assoalho pélvico embaixo. Treine todos juntos e as costas deixam de trabalhar sozinhas.',
    hasWhy: true,
  },
  'breath-leaks-linked': {
    title: 'Perdas de urina e dor nas costas andam juntas',
    body: 'Perder um pouco de urina ao tossir, espirrar ou levantar peso é comum depois do parto, e muitas vezes vem junto com dor nas costas. Se não tiver passado até cerca de três meses depois do parto, a fisioterapia pélvica pode ajudar com as duas coisas.',
    hasWhy: true,
  },
  'breath-after-pregnancy': {
    title: 'Reencontrar a respiração profunda',
    body: 'No fim da gravidez, o bebê aperta o diafragma e a respiração fica superficial. Algumas pessoas voltam a respirar fundo sozinhas; outras precisam de um pouco de treino.',
  },
  'breath-new-habit': {
    title: 'Pouco e com frequência',
    body: 'Durante a gravidez, o cérebro aprendeu a deixar as costas fazerem o trabalho do core. Treinos curtos e frequentes ensinam um hábito novo, assim como digitar parece lento e pensado no começo e depois sai sozinho.',
  },
};
