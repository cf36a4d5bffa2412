/** Titles and bodies of the strength tips, in Brazilian Portuguese (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Ponte de glúteos',
    body: 'Deite de costas, com os joelhos dobrados e os pés apoiados. Solte o ar, eleve o assoalho pélvico com suavidade e empurre o chão com os calcanhares para subir o quadril, depois desça devagar. Comece com uma subida pequena, de oito a dez vezes.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Sentar e levantar',
    body: 'Sente-se mais para a frente na cadeira, pés embaixo dos joelhos. Incline-se a partir do quadril, solte o ar e fique de pé, empurrando com as mãos nas coxas ou nos braços da cadeira; quando ficar fácil, tente sem as mãos. Sente-se devagar, de cinco a dez vezes.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Levante mais do que o peso da criança',
    body: 'A partir de umas doze semanas, e só se não houver perdas de urina, sensação de peso, abaulamento ou dor, vá progredindo ao longo de meses até um kettlebell de 5 a 14 kg (10 a 30 lb) mais pesado que a criança. Assim, os esforços do dia a dia, até os mais desajeitados, exigem menos de você.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Avance passo a passo',
    body: 'Acrescente uma coisa de cada vez e deixe o corpo responder antes da próxima: primeiro o peso do corpo, depois pesos leves; caminhadas tranquilas, depois mais aceleradas. Os dias leves também fazem parte do plano.',
    hasWhy: true,
  },
  'str-glutes-relaxed': {
    title: 'Glúteos fortes, não contraídos',
    body: 'Glúteos fortes ajudam as costas, mas contraí-los o dia todo não. Deixe-os relaxados quando estiver de pé ou na cadeira, e use-os para levantar peso, subir escadas ou se levantar.',
  },
  'str-why-strength': {
    title: 'Por que a força importa',
    body: 'Bebês viram crianças pequenas, e cada colo fica mais pesado. Ganhar força aos poucos deixa você à frente da carga, em vez de correr atrás dela.',
    hasWhy: true,
  },
  'str-return-to-running': {
    title: 'Voltar a correr',
    body: 'Espere até uns três meses depois do parto, e até que caminhadas rápidas, saltinhos e um minuto de corrida no lugar não tragam perdas de urina, sensação de peso, abaulamento nem dor. Então comece alternando trechos curtos de corrida e caminhada. Se os sintomas voltarem, recue um passo.',
    hasWhy: true,
  },
};
