/** Titles and bodies of the get-help tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'Quando procurar ajuda',
    body: 'A maior parte das dores nas costas depois do parto não é uma emergência, mas alguns sinais são. A lista abaixo organiza esses sinais pela urgência: agora, no mesmo dia ou numa consulta marcada.',
    hasWhy: true,
  },
  'help-pelvic-floor-pt': {
    title: 'A especialidade certa para isso',
    body: 'A fisioterapia pélvica (ou do assoalho pélvico) é a especialidade que cuida do corpo depois do parto. Espere perguntas sobre bexiga, intestino e dor, uma avaliação de como você respira, levanta peso e se movimenta, e exercícios que cabem na sua rotina.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Comum, e vale a pena tratar',
    body: 'Dor nas costas depois de ter um bebê é comum, mas você não precisa conviver com ela. Não importa se a criança tem seis semanas ou dezesseis anos: dá para tratar.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'Se não estiver melhorando',
    body: 'Se a dor nas costas durar semanas ou piorar mesmo com esses hábitos, marque uma consulta com seu médico ou com um(a) fisioterapeuta. Esperar passar muitas vezes deixa a dor se instalar.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'Sobre a peridural',
    body: 'As pesquisas indicam que a peridural geralmente não causa dor nas costas duradoura. O incômodo no local da agulha costuma passar em alguns dias ou semanas.',
    hasWhy: true,
  },
  'help-pelvic-girdle': {
    title: 'Dor na frente ou atrás da pelve',
    body: 'Dor sobre o osso do púbis, ou no fundo dos glúteos, que piora na escada, ao ficar num pé só ou ao virar na cama pode ser dor na cintura pélvica. Mantenha os joelhos juntos ao se virar ou entrar no carro, e peça encaminhamento para fisioterapia.',
    hasWhy: true,
  },
  'help-low-mood': {
    title: 'Se o seu humor estiver para baixo',
    body: 'Sentir-se para baixo, com ansiedade ou diferente do seu normal por mais de duas semanas é comum depois de um bebê, também para parceiros e parceiras, e tem tratamento. Converse com seu médico, obstetra ou a equipe da unidade de saúde. Se pensar em se machucar, ligue agora para o número de emergência.',
    hasWhy: true,
  },
};
