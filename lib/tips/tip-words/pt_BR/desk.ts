/** Titles and bodies of the desk tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'desk'> = {
  'feed-at-desk': {
    title: 'Mamada junto à mesa de trabalho',
    body: 'Se você dá as mamadas junto à mesa de trabalho, afaste a cadeira do teclado e se ajeite como no sofá: almofada no meio das costas, pés numa caixa, bebê erguido num travesseiro. Esticar-se até a tela no meio da mamada faz você se curvar para a frente.',
  },
  'desk-chair': {
    title: 'Ajuste a cadeira',
    body: 'Sente-se bem no fundo da cadeira, com uma almofada no meio das costas e os pés apoiados no chão ou num apoio. Puxe o teclado para perto, para os cotovelos ficarem soltos ao lado do corpo.',
  },
  'desk-screen-height': {
    title: 'Tela na altura dos olhos',
    body: 'Se você passa o dia olhando para baixo, para um notebook, erga-o num suporte ou numa pilha de livros e use um teclado separado. A cabeça fica sobre os ombros e a parte de cima das costas descansa.',
    hasWhy: true,
  },
  'desk-two-minute-walk': {
    title: 'Uma caminhada de dois minutos',
    body: 'Levante-se e caminhe por dois minutos: até a janela, até a cozinha, pela sala. Deixe os braços balançarem e a respiração se acalmar.',
    hasWhy: true,
  },
  'desk-reset': {
    title: 'Reajustar, sem buscar perfeição',
    body: 'Ninguém se senta bem o tempo todo, e nem precisa. Algumas vezes por hora, reajuste: pés no chão, costelas sobre a pelve, ombros soltos.',
  },
  'desk-stand-for-calls': {
    title: 'Ligações de pé',
    body: 'Atenda a próxima ligação ou videochamada de pé, com o peso igual nos dois pés. Mudar de posição com frequência faz mais pelas costas do que ficar numa única postura ideal.',
  },
};
