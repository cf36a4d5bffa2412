/** Titles and bodies of the lifting tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'lifting'> = {
  'lift-hip-hinge': {
    title: 'Dobre a partir do quadril',
    body: 'Para alcançar algo baixo, leve o quadril para trás como se fosse fechar uma gaveta atrás de você, dobre levemente os joelhos e mantenha a coluna alongada da cabeça ao cóccix. Assim o quadril e as pernas dividem o trabalho com as costas.',
    hasWhy: true,
  },
  'lift-lunge-down': {
    title: 'Desça num afundo até o chão',
    body: 'Para pegar o bebê do chão ou do tapete de atividades, dê um passo à frente e desça até ficar com um joelho no chão, com as costas eretas. Traga o bebê junto ao peito e depois empurre o chão com o pé da frente para ficar de pé.',
    hasWhy: true,
  },
  'lift-load-close': {
    title: 'Traga a carga para perto',
    body: 'Antes de se levantar com o bebê, um cesto ou uma bolsa, traga a carga junto ao peito. Quanto mais longe do corpo estiver o peso, mais as costas precisam trabalhar para segurá-lo.',
  },
  'lift-exhale': {
    title: 'Solte o ar ao levantar',
    body: 'Inspire para se preparar e solte o ar enquanto levanta, elevando o assoalho pélvico com suavidade. Prender a respiração empurra a pressão para baixo e para fora, em vez de deixar o core ajudar.',
    hasWhy: true,
  },
  'lift-switch-hips': {
    title: 'Troque o lado do quadril',
    body: 'Se você carrega o bebê apoiado num lado do quadril, troque de lado com frequência. Fique com o peso nos dois pés, em vez de jogar um lado do quadril para fora para servir de apoio.',
    hasWhy: true,
  },
  'lift-car-seat': {
    title: 'Carregando o bebê-conforto',
    body: 'O bebê-conforto é pesado e desajeitado. Carregue bem perto, na frente do corpo, com as duas mãos ou na dobra de um braço, não pendurado ao lado, e encaixe no carrinho sempre que der.',
    hasWhy: true,
  },
  'lift-stroller': {
    title: 'Carrinho no carro',
    body: 'O carrinho é uma carga grande, num ângulo difícil. Dobre, fique perto com os pés afastados, dobre a partir do quadril e levante em duas etapas: primeiro até a borda do porta-malas, depois para dentro.',
    hasWhy: true,
  },
  'lift-weekly-shop': {
    title: 'As compras da semana',
    body: 'Use mais sacolas, com menos coisas em cada uma, e coloque no carro uma de cada vez, perto do corpo. Deixe as coisas mais pesadas para uma entrega em casa ou para alguém que possa ajudar.',
    hasWhy: true,
  },
  'lift-into-cot': {
    title: 'Colocando o bebê no berço',
    body: 'Fique bem perto do berço, segure o bebê junto ao peito e dobre a partir do quadril enquanto abaixa o bebê, soltando o ar. Volte a subir do mesmo jeito, começando o movimento pelo quadril.',
  },
  'lift-carrier': {
    title: 'Um canguru bem ajustado',
    body: 'Aperte as alças para o bebê ficar alto e junto ao seu peito; um canguru baixo e frouxo puxa você para a frente. Nos dias longos, faça pausas sem ele.',
    hasWhy: true,
  },
  'lift-one-breath': {
    title: 'Uma respiração antes de levantar',
    body: 'Quando o bebê chora, a vontade é pegá-lo na hora. Faça uma respiração para posicionar os pés e chegar perto antes: custa um segundo e poupa as suas costas.',
  },
  'lift-for-you': {
    title: 'Por enquanto, peça para alguém levantar',
    body: 'Nas primeiras semanas depois do parto, e por mais tempo depois de uma cesárea, não levante nada mais pesado que o seu bebê. Por enquanto, peça para alguém carregar o bebê-conforto, o carrinho e as compras.',
    hasWhy: true,
  },
  'lift-nappy-height': {
    title: 'Troque fraldas na altura da cintura',
    body: 'Troque o bebê numa superfície mais ou menos na altura da cintura, ou ajoelhe-se ao lado de um trocador no chão, em vez de se curvar sobre a cama. Mantenha sempre uma mão no bebê quando ele estiver no alto.',
    hasWhy: true,
  },
};
