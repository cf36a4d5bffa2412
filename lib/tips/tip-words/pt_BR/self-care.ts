/** Titles and bodies of the self-care tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'self-care'> = {
  'care-heat-cold': {
    title: 'Calor ou frio',
    body: 'Uma bolsa de água quente ou uma compressa morna pode soltar músculos tensos; uma bolsa de gelo pode aliviar a dor. Enrole qualquer uma num pano e use por até 20 minutos, nunca sobre pele dormente nem quando houver chance de você pegar no sono. Use a que ajudar mais.',
    hasWhy: true,
  },
  'care-rest': {
    title: 'Descansar conta',
    body: 'Quando o bebê dorme, deitar ou pôr os pés para cima também é tempo de recuperação. Seu corpo ainda está se recuperando da gravidez e do parto.',
    hasWhy: true,
  },
  'care-food': {
    title: 'Coma alguma coisa',
    body: 'Deixe lanches práticos e água onde você dá as mamadas e onde trabalha. Você precisa de uma refeição de verdade, pelo seu próprio bem; não é um prêmio que você precisa merecer.',
  },
  'care-accept-help': {
    title: 'Aceite ajuda',
    body: 'Quando alguém oferecer, aceite: deixe com a pessoa o cesto de roupa, as compras ou um tempo com o bebê agitado. Uma entrega do mercado economiza o seu tempo e poupa as costas de carregar peso.',
  },
  'care-short-walk': {
    title: 'Uma caminhada curta ao ar livre',
    body: 'Uma volta curta até a praça ou no quarteirão, com ou sem o bebê, solta as costas rígidas e pode melhorar o humor. No começo, que seja curta e tranquila.',
  },
  'care-back-rub': {
    title: 'Peça uma massagem nas costas',
    body: 'Se tiver alguém de confiança por perto, da família ou não, peça uma massagem leve enquanto você se senta com apoio. Alguns minutos podem aliviar músculos que trabalharam o dia todo.',
  },
  'care-not-broken': {
    title: 'Seu corpo fez algo enorme',
    body: 'Dor nas costas depois de ter um bebê é comum, e não quer dizer que há algo quebrado em você ou que você está fazendo algo errado. Seu core foi muito esticado e precisa de tempo e do treino certo.',
    hasWhy: true,
  },
  'care-caesarean-scar': {
    title: 'Cuidando da cicatriz',
    body: 'Depois que o corte cicatrizar e quem acompanha você liberar, procure a fisioterapia pélvica para avaliar a cicatriz. Lá você pode aprender uma massagem suave para ela.',
    hasWhy: true,
  },
  'care-caesarean-getting-up': {
    title: 'Saindo da cama',
    body: 'Para levantar da posição deitada, dobre os joelhos e vire de lado num bloco só. Depois empurre o corpo para cima com os braços enquanto as pernas descem pela beirada, soltando o ar ao subir.',
    hasWhy: true,
  },
  'care-caesarean-cough': {
    title: 'Um travesseiro para tosse e risada',
    body: 'Depois de uma cesárea, segure com firmeza um travesseiro pequeno ou uma toalha dobrada sobre o corte ao tossir, espirrar ou rir. Contraia o assoalho pélvico no mesmo instante e solte o ar.',
    hasWhy: true,
  },
  'care-toilet': {
    title: 'Sem fazer força no vaso',
    body: 'Apoie os pés num banquinho baixo para os joelhos ficarem acima do quadril, incline-se para a frente com os cotovelos nos joelhos e solte o ar devagar em vez de empurrar. Bastante água e fibras deixam as fezes macias.',
    hasWhy: true,
  },
};
