/** Titles and bodies of the feeding tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'Uma almofada no meio das costas',
    body: 'Antes da mamada, encaixe uma almofada entre a cadeira e o meio das costas, não a lombar. Assim a cadeira sustenta você e os músculos das costas descansam.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Pés num banquinho',
    body: 'Apoie os pés num banquinho, numa caixa baixa ou numa pilha de livros durante a mamada. O colo sobe em direção ao bebê, você se inclina menos e, com os pés apoiados, consegue se encostar na cadeira.',
    hasWhy: true,
  },
  'feed-baby-up': {
    title: 'Traga o bebê até você',
    body: 'Empilhe travesseiros no colo até o bebê ficar na altura do peito ou da mamadeira. Os travesseiros seguram o peso, e você consegue ficar com a coluna alongada em vez de se curvar sobre o bebê.',
    hasWhy: true,
  },
  'feed-tummy-to-tummy': {
    title: 'Perto e na mesma altura',
    body: 'Vire o bebê de lado, com a barriga dele virada para a sua e a cabeça ao longo do seu antebraço. Um travesseiro sob o seu braço pode segurar o peso, e assim os ombros e as costas ficam relaxados.',
  },
  'feed-side-lying': {
    title: 'Mamada na posição deitada',
    body: 'Para mamadas no peito, não na mamadeira: de lado, com um travesseiro entre os joelhos. Deixe a cama segura caso você cochile, sem travesseiros nem cobertas perto do bebê, e depois leve o bebê para o berço dele. Nunca no sofá ou na poltrona, nem depois de álcool, drogas, cigarro ou remédio que dá sono.',
    hasWhy: true,
  },
  'feed-bottle': {
    title: 'Na mamadeira também',
    body: 'Na mamada com mamadeira, segure o bebê mais na vertical, junto ao peito, e apoie o braço que segura a mamadeira num travesseiro ou no braço da poltrona. Olhe para baixo só com os olhos, sem abaixar a cabeça toda.',
    hasWhy: true,
  },
  'feed-shoulders-down': {
    title: 'Deixe os ombros descerem',
    body: 'Durante a mamada, os ombros costumam ir subindo em direção às orelhas. Solte o ar, deixe os ombros descerem e deixe o travesseiro segurar o peso dos braços.',
  },
  'feed-chin-level': {
    title: 'Levante o olhar',
    body: 'De poucos em poucos minutos, tire os olhos do bebê e deixe o queixo reto por algumas respirações. O pescoço e a parte de cima das costas ganham uma pausa, e o bebê não vai se importar.',
  },
  'feed-water': {
    title: 'Água ao alcance',
    body: 'Antes de se sentar, deixe um copo de água e um lanche onde você alcance sem torcer o corpo. As mamadas dão sede, e as suas necessidades também contam.',
  },
  'feed-legs-uncrossed': {
    title: 'Os dois pés apoiados',
    body: 'Tente não cruzar as pernas durante a mamada. Com os dois pés apoiados no chão ou num banquinho, a pelve fica nivelada e a carga se distribui por igual nas costas.',
  },
  'feed-switch-arms': {
    title: 'Divida o trabalho entre os lados',
    body: 'Repare qual braço e qual ombro estão segurando. Quando o bebê estiver pronto para o outro lado, ou na próxima mamada, passe a vez para o outro braço.',
  },
  'feed-caesarean-holds': {
    title: 'Posições que poupam o corte',
    body: 'Depois de uma cesárea, experimente a posição invertida (de “bola de futebol americano”): o bebê encaixado ao seu lado sobre um travesseiro, com as pernas voltadas para as suas costas. Ou recline o corpo com bastante apoio e deixe o bebê deitado no seu peito. As duas tiram o peso do bebê de cima do corte.',
    hasWhy: true,
  },
};
